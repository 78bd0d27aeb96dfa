import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLanguage } from '../i18n/i18n.ts';
import { readLetterDataset } from '../test/letter.ts';
import { Masthead } from './Masthead.tsx';

const letter = readLetterDataset().document;

function renderMasthead(onLanguage = vi.fn()) {
  render(
    <Masthead
      document={letter}
      title={{ text: letter.title, lang: 'en' }}
      onRead={() => undefined}
      aboutHref="?about=1"
      onAbout={() => undefined}
      aboutRef={{ current: null }}
      languageHref={(language) => `?lang=${language}`}
      onLanguage={onLanguage}
    />,
  );
  return onLanguage;
}

describe('Masthead', () => {
  afterEach(async () => {
    await act(() => activateLanguage('en'));
  });

  it('names each language in itself, marks the current one, and switches in place', async () => {
    const onLanguage = renderMasthead();
    const switcher = screen.getByRole('list', { name: 'Language' });
    const english = within(switcher).getByRole('link', { name: 'English' });
    const russian = within(switcher).getByRole('link', { name: 'Русский' });
    expect(english).toHaveAttribute('aria-current', 'true');
    expect(russian).not.toHaveAttribute('aria-current');
    expect(russian).toHaveAttribute('lang', 'ru');
    expect(russian).toHaveAttribute('hreflang', 'ru');
    expect(russian).toHaveAttribute('href', '?lang=ru');
    // A click to open it elsewhere (a new tab) is the browser's; a plain click stays on the page.
    expect(fireEvent.click(russian, { ctrlKey: true })).toBe(true);
    expect(onLanguage).not.toHaveBeenCalled();
    expect(fireEvent.click(russian)).toBe(false);
    expect(onLanguage).toHaveBeenCalledExactlyOnceWith('ru');
  });

  it('speaks Russian once Russian is active, with the date in Russian and the source’s names in English', async () => {
    renderMasthead();
    await act(() => activateLanguage('ru'));
    expect(screen.getByRole('list', { name: 'Язык' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Читать письмо' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Об этой хронологии' })).toBeInTheDocument();
    expect(
      screen.getByText('16 декабря 2014 г.', { normalizer: (t) => t.replace(/\u00a0/g, ' ') }),
    ).toBeInTheDocument();
    expect(screen.getByText('Human Rights Watch')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'true');
    expect(screen.queryByText(/Перевод заголовка/)).toBeNull();
  });

  it('marks a translated title as a translation and gives the original beside it', async () => {
    render(
      <Masthead
        document={letter}
        title={{ text: 'Совместное письмо президенту Путину', lang: 'ru' }}
        onRead={() => undefined}
        aboutHref="?about=1"
        onAbout={() => undefined}
        aboutRef={{ current: null }}
        languageHref={(language) => `?lang=${language}`}
        onLanguage={vi.fn()}
      />,
    );
    await act(() => activateLanguage('ru'));
    const note = screen.getByText(/^Перевод заголовка; в оригинале:/);
    expect(note).toHaveTextContent(`Перевод заголовка; в оригинале: «${letter.title}»`);
    expect(note.querySelector('cite')).toHaveAttribute('lang', 'en');
  });
});
