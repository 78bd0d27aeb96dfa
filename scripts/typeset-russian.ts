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

export function typesetRussian(text: string): string {
  return typograf.execute(text);
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
