import { formatCivilDate, formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import type { Page } from '../url-state/page-path.ts';

/** What a link preview image shows, in words: drawn by the build (scripts/render-preview.ts). */
export interface PreviewCard {
  kicker: string;
  title: string;
  /** The date as normalised, then as the letter words it. */
  date: string;
  wording: string | undefined;
  /** The letter's own words, shown highlighted. */
  quote: string | undefined;
  letter: string;
  organisations: string;
  /** The kind's colour name (`kind-violence`), or undefined for the home page. */
  kind: string | undefined;
}

/** The letter's short name: its title up to the first colon ("Joint Letter to President Putin"). */
export function shortTitle(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon).trim() : title;
}

export function previewCard(dataset: PreparedDataset, page: Page): PreviewCard {
  const doc = dataset.document;
  const letter = `${shortTitle(doc.title)} · ${formatCivilDate(doc.date)}`;
  const organisations = doc.organisations.map((o) => o.name).join(' · ');
  const event = page.kind === 'event' ? dataset.byId.get(page.id) : undefined;
  if (!event) {
    return {
      kicker: `Source Timeline · ${dataset.events.length} events, each in the letter's own words`,
      title: doc.title,
      date: formatCivilDate(doc.date),
      wording: undefined,
      quote: undefined,
      letter: doc.reference ?? letter,
      organisations,
      kind: undefined,
    };
  }
  return {
    kicker: `Source Timeline · ${dataset.kindById.get(event.kind)?.label ?? event.kind}`,
    title: event.title,
    date: formatEventDate(event),
    wording: event.dateWording,
    quote: event.sources[0]?.quote,
    letter,
    organisations,
    kind: event.kind,
  };
}
