import Typograf from 'typograf';

/**
 * Russian typesetting as a typesetter would do it, by the typograf library: no-break spaces
 * after short words (в, с, и, на, по…), before a dash, inside «16 декабря 2014 г.». Only its
 * no-break-space and dash rules run: quotation marks, apostrophes and ellipses stay as written,
 * so the letter's own words quoted inside a Russian sentence are never changed.
 */
const typograf = new Typograf({ locale: ['ru', 'en-US'] });
typograf.disableRule('*');
typograf.enableRule(['common/nbsp/*', 'ru/nbsp/*', 'ru/dash/main']);
// Runs of Latin-script words (the letter's English quoted in a Russian sentence, names such as
// Amnesty International) are left exactly as written: a no-break space inside "is not in
// Chechnya" would make the pasted words differ from the letter's.
typograf.addSafeTag(/[A-Za-z][A-Za-z0-9’'“”".,:;!?$()\- ]*[A-Za-z0-9.!?$”’)]|[A-Za-z]/g);

/**
 * No line break after the hyphen of a Russian word whose hyphen sets off a particle, so that no
 * line ends on «по-» or starts with «-то»: «по-видимому», «по-английски», «кое-что», «кто-то»,
 * «что-либо», «где-нибудь». The hyphen stays a plain one, followed by a word joiner (U+2060):
 * the browser's own find and the app's search both find «по-видимому» as typed, which a
 * non-breaking hyphen (U+2011) would defeat in the browser's find. Only Cyrillic words are
 * touched, never the letter's English; the CSV drops the joiner.
 */
const PREFIX_HYPHEN = /(?<![\p{L}\p{M}-])(по|кое|кой)-(?=\p{Script=Cyrillic})/giu;
const SUFFIX_HYPHEN = /(?<=\p{Script=Cyrillic})-(то|либо|нибудь)(?![\p{L}\p{M}])/giu;

export function typesetRussian(text: string): string {
  return typograf
    .execute(text)
    .replace(PREFIX_HYPHEN, '$1-\u2060')
    .replace(SUFFIX_HYPHEN, '-\u2060$1');
}

/**
 * A dataset with every Russian translation typeset (`translations.ru` of the document, its
 * source, kinds and events, and `labels`); everything else, the source's words above all, as
 * it is. Returns the value itself when it is not an object.
 */
export function typesetDatasetTranslations(value: unknown): unknown {
  return walk(value, false, false);
}

function walk(value: unknown, inRussian: boolean, inTranslations: boolean): unknown {
  if (typeof value === 'string') return inRussian ? typesetRussian(value) : value;
  if (Array.isArray(value)) return value.map((item) => walk(item, inRussian, false));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      // A `ru` under `translations` holds Russian words (an object of fields, or one label).
      walk(item, inRussian || (inTranslations && key === 'ru'), key === 'translations'),
    ]),
  );
}
