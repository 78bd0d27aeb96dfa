import type { DocumentInfo } from '../../dataset/check/schema.ts';
import type { Page } from '../../url-state/page-path.ts';
import { LANGUAGE_TABLE } from '../../url-state/language-table.ts';
import type { PageWords } from './head-tags.ts';

/** The letter as the descriptions name it: its authors, its date and its own title (never a translation). */
export function letterSentence(doc: DocumentInfo, { language, dates }: PageWords) {
  return {
    organisations: new Intl.ListFormat(LANGUAGE_TABLE[language].intl, {
      type: 'conjunction',
    }).format(doc.organisations.map((o) => o.name)),
    date: dates.civil(doc.date),
    original: doc.title,
  };
}

/**
 * What a link preview (og:title, the preview's headline) calls a page that is not an event's.
 * In the document's language, its title; in another, a translated title would pass for the title
 * of a version in that language, so the preview names what the page is: the timeline of the
 * letter of its authors, or the letter's text with its own title.
 */
export function previewName(
  doc: DocumentInfo,
  title: { text: string; lang: string | undefined },
  page: Page,
  words: PageWords,
): string {
  if (title.lang === doc.language) return title.text;
  const sentence = letterSentence(doc, words);
  return page.kind === 'letter'
    ? words.t('page.letterOgTitle', { lang: doc.language ?? '', original: doc.title })
    : words.t('page.timelineOf', sentence);
}
