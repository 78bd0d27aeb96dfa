import { localizeDataset, localizedTitle } from '../../dataset/localize-dataset.ts';
import type { PreparedDataset } from '../../dataset/prepare-dataset.ts';
import type { Page } from '../../url-state/page-path.ts';
import { plainField } from '../../text/plain-text.ts';
import { quoteMarks } from '../../text/quote-marks.ts';
import type { PageWords } from './head-tags.ts';
import { previewName } from './page-names.ts';

/** What a link preview image shows, in words: drawn by the build (scripts/render-preview.ts). */
export interface PreviewCard {
  kicker: string;
  title: string;
  /** The date as normalised, then as the letter words it (both in the card's language's quotes). */
  date: string;
  /** The letter's own words in the card's language's quotation marks, shown highlighted. */
  quote: string | undefined;
  letter: string;
  organisations: string;
  /**
   * The colour of the card's edge: the event's kind's colour as the app draws it (the dataset's
   * own, made dark enough to see), or the site's blue for the home page.
   */
  colour: string;
}

/** The edge of a card that shows no event. */
const HOME_COLOUR = '#1f4e8c';

/** The letter's short name: its title up to the first colon ("Joint Letter to President Putin"). */
export function shortTitle(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon).trim() : title;
}

/**
 * The card of a page, in the page's language: the interface's words and the dataset's
 * translated titles; the quote and the date's own words as the letter has them.
 */
export function previewCard(original: PreparedDataset, page: Page, words: PageWords): PreviewCard {
  const card = cardWords(original, page, words);
  // A drawn image cannot isolate text either: the plain-text rule of the page's title, so a
  // line separator is never a box and an override never reverses the card's other lines.
  const plain = (text: string | undefined) => (text === undefined ? undefined : plainField(text));
  return {
    ...card,
    kicker: plainField(card.kicker),
    title: plainField(card.title),
    date: plainField(card.date),
    quote: plain(card.quote),
    letter: plainField(card.letter),
    organisations: plainField(card.organisations),
  };
}

function cardWords(
  original: PreparedDataset,
  page: Page,
  { language, t, dates }: PageWords,
): PreviewCard {
  const dataset = localizeDataset(original, language);
  const doc = dataset.document;
  const docTitle = previewName(doc, localizedTitle(original, language), page, {
    language,
    t,
    dates,
  });
  // The letter by its own title: a translated title on a card would pass for the letter's.
  const letter = `${shortTitle(doc.title)} · ${dates.civil(doc.date)}`;
  const organisations = doc.organisations.map((o) => o.name).join(' · ');
  const event = page.kind === 'event' ? dataset.byId.get(page.id) : undefined;
  const quote = event?.sources[0]?.quote;
  if (!event) {
    return {
      kicker: t('prerender.previewHomeKicker', {
        name: t('app.name'),
        count: dataset.events.length,
      }),
      title: docTitle,
      date: dates.civil(doc.date),
      quote: undefined,
      // The index line is left off: the copy does not say whose index it is.
      letter,
      organisations,
      colour: HOME_COLOUR,
    };
  }
  return {
    kicker: `${t('app.name')} · ${dataset.kindById.get(event.kind)?.label ?? event.kind}${
      event.kindBasis ? ` ${t('kind.basis', { basis: event.kindBasis })}` : ''
    }`,
    title: event.title,
    date: event.dateWording
      ? t('prerender.previewDateWording', {
          date: dates.qualified(event),
          words: event.dateWording,
        })
      : dates.qualified(event),
    quote:
      quote === undefined
        ? undefined
        : t('prerender.previewQuote', { quote, marks: quoteMarks(quote) }),
    letter,
    organisations,
    colour: dataset.kindById.get(event.kind)?.color ?? HOME_COLOUR,
  };
}
