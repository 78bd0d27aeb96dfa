// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderNotFoundPage } from './render-page.tsx';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the site’s 404.html', () => {
  it('says in every language, each marked with its own, that there is no page at this address', async () => {
    const doc = parse(await renderNotFoundPage(undefined));
    expect(doc.documentElement.lang).toBe('en');
    const sections = [...doc.querySelectorAll('section')];
    expect(sections.map((s) => s.lang)).toEqual(['en', 'ru']);
    expect(sections[0]?.querySelector('h1')?.textContent).toBe('Page not found');
    expect(sections[1]?.querySelector('h1')?.textContent).toBe('Страница не найдена');
    expect(sections[1]?.textContent).toMatch(/По\sэтому\sадресу\sстраницы\sнет/);
    expect(sections[1]?.textContent).toMatch(/такого\sсобытия\sнет\sлибо\sв\sадресе\sопечатка/);
    expect(doc.title).toBe('Page not found · Страница не найдена — Source Timeline');
    // Served at any depth: no script, no relative address that would point elsewhere.
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('links each language’s home page when the site’s address is known', async () => {
    const doc = parse(await renderNotFoundPage('https://example.org/timeline/'));
    const links = [...doc.querySelectorAll('section a')].map((a) => [
      a.closest('section')?.lang,
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(links).toEqual([
      ['en', 'https://example.org/timeline/', 'Open the timeline’s home page'],
      ['ru', 'https://example.org/timeline/ru/', 'Открыть главную страницу хронологии'],
    ]);
  });
});
