import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLanguage } from '../i18n/i18n.ts';
import { letterDataset, renderWithProviders } from '../test/render-with-providers.tsx';
import { LetterReader } from './LetterReader.tsx';

const dataset = letterDataset();

function renderReader(paragraphId = 'p8', currentEventId: string | undefined = 'jmg-office-arson') {
  const onOpenEvent = vi.fn();
  const onClose = vi.fn();
  renderWithProviders(
    <LetterReader
      dataset={dataset}
      paragraphId={paragraphId}
      currentEventId={currentEventId}
      onOpenEvent={onOpenEvent}
      eventHref={(id) => `?event=${id}`}
      onClose={onClose}
    />,
  );
  return { onOpenEvent, onClose, reader: screen.getByRole('region', { name: 'The letter' }) };
}

describe('LetterReader', () => {
  it('shows every paragraph, the body numbered as a reader counts it, and gives the one asked for focus', () => {
    const { reader } = renderReader('p8');
    const paragraphs = within(within(reader).getByRole('list')).getAllByRole('listitem');
    expect(paragraphs).toHaveLength(dataset.document.paragraphs.length);
    // The organisations, title and salutation, and the closing lines, carry no number.
    expect(paragraphs.map((p) => p.getAttribute('value'))).toEqual([
      ...[null, null, null],
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      ...[null, null, null, null, null, null],
    ]);
    expect(paragraphs[7]).toHaveFocus();
    expect(paragraphs[7]).toHaveTextContent(/^At a joint press conference, held on 11 December/);
  });

  it('makes every quoted run a link to its event, marks the open one, and opens an event in place', () => {
    const { reader, onOpenEvent } = renderReader('p8', 'jmg-office-arson');
    const marked = [...reader.querySelectorAll('mark')];
    expect(marked.length).toBeGreaterThanOrEqual(dataset.events.length);
    for (const mark of marked) expect(within(mark).getByRole('link')).toHaveAttribute('href');
    const arson = within(reader).getByRole('link', {
      name: 'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.',
    });
    expect(arson).toHaveAttribute('href', '?event=jmg-office-arson');
    expect(arson).toHaveAttribute('aria-current', 'true');
    expect(within(reader).getAllByRole('link', { current: true })).toEqual([arson]);

    const eggs = within(reader).getByRole('link', { name: /two men pelted eggs at Kalyapin/ });
    // A click to open it elsewhere (a new tab) is the browser's; a plain one stays on the page.
    expect(fireEvent.click(eggs, { ctrlKey: true })).toBe(true);
    expect(onOpenEvent).not.toHaveBeenCalled();
    expect(fireEvent.click(eggs)).toBe(false);
    expect(onOpenEvent).toHaveBeenCalledExactlyOnceWith('press-conference-eggs');
  });

  it('closes with "Close the letter"', async () => {
    const { onClose } = renderReader();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close the letter' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('LetterReader in another language than the letter’s', () => {
  afterEach(() => activateLanguage('en'));

  it('says at its top, beside the heading, that the letter is in English, and keeps its name', async () => {
    renderWithProviders(
      <LetterReader
        dataset={dataset}
        paragraphId="p8"
        currentEventId={undefined}
        onOpenEvent={vi.fn()}
        eventHref={(id) => `?event=${id}`}
        onClose={vi.fn()}
      />,
    );
    await act(() => activateLanguage('ru'));
    const reader = screen.getByRole('region', { name: 'Письмо' });
    const head = reader.querySelector('.panel-head');
    expect(head).toHaveTextContent('Письмо и цитаты из него — на английском языке.');
    // The visible word is short enough to leave the heading whole; the name says what it closes.
    const close = within(reader).getByRole('button', { name: 'Закрыть письмо' });
    expect(close).toHaveTextContent(/^Закрыть$/);
  });
});
