import { parsePagePath } from '../url-state/page-path.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../url-state/language-table.ts';

/**
 * What the page says when the app's own code cannot be fetched (the connection dropped, or the
 * site was updated while the page was open): a plain alert above whatever the page already
 * shows, with a way to try again. Built with the DOM and text only, in the reader's language,
 * because the app (and its catalogues) is what failed to arrive.
 */
const WORDS = {
  en: {
    message:
      'The app could not be loaded: its code did not arrive (the connection may have dropped, or the site was updated meanwhile). What the page already shows can still be read.',
    reload: 'Reload the page',
  },
  ru: {
    message:
      'Не удалось загрузить приложение: его код не был получен (возможно, прервалось соединение или сайт за это время обновился). То, что уже показано на странице, можно читать.',
    reload: 'Перезагрузить страницу',
  },
} as const satisfies Record<Language, { message: string; reload: string }>;

/** The language of the link (`lang`, or the page's language folder), else the browser's first that the app speaks, else English. */
export function bootLanguage(
  search: string,
  preferred: readonly string[],
  /** The language whose folder the page is in (`ru/event/<id>/`), which asks as `?lang=` does. */
  folder?: string,
): Language {
  const asked = new URLSearchParams(search).get('lang') || folder || undefined;
  if (isLanguage(asked)) return asked;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function showBootFailure(root: HTMLElement, doc: Document = document): void {
  if (root.querySelector('.boot-failure')) return;
  const { pathname, search } = doc.location;
  const folder = parsePagePath(pathname).page.lang;
  const words = WORDS[bootLanguage(search, navigator.languages, folder)];
  const box = doc.createElement('div');
  box.className = 'notice boot-failure';
  box.setAttribute('role', 'alert');
  const text = doc.createElement('p');
  text.textContent = words.message;
  const reload = doc.createElement('button');
  reload.type = 'button';
  reload.textContent = words.reload;
  reload.addEventListener('click', () => doc.location.reload());
  box.append(text, reload);
  root.prepend(box);
}
