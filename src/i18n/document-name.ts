import type { Translate } from './use-t.ts';

/**
 * The document's name in a page's title: its title in the reader's language, marked as a
 * translation when it is one («… (перевод заголовка)»), so that it never passes for the title
 * of a version of the document in that language.
 */
export function documentName(
  title: { text: string; lang: string | undefined },
  documentLanguage: string | undefined,
  t: Translate,
): string {
  return title.lang !== undefined && title.lang !== documentLanguage
    ? t('page.translatedDocument', { title: title.text })
    : title.text;
}
