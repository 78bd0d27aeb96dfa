import type { FacetChoice } from '../dataset/search/filter-events.ts';
import type { ChoiceName } from './facet-choice-name.ts';

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    // Numeric, so "Paragraph 2" comes before "Paragraph 10" wherever numbers are in a name.
    found = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, found);
  }
  return found;
}

/**
 * A facet's listed choices in the order a reader looks them up: by the name shown, in the
 * interface language's alphabet (a Russian list runs А→Я whatever the labels as written), and
 * the choices that have a place in the source (paragraphs) in the source's order.
 */
export function orderChoices(
  choices: readonly FacetChoice[],
  nameOf: (value: string) => ChoiceName,
  locale: string,
): FacetChoice[] {
  const compare = collator(locale);
  const named = choices.map((choice) => ({ choice, name: nameOf(choice.value) }));
  named.sort((a, b) => {
    const [x, y] = [a.name.position, b.name.position];
    if (x !== undefined && y !== undefined) return x - y;
    if (x !== undefined || y !== undefined) return x !== undefined ? -1 : 1;
    return compare.compare(a.name.text, b.name.text) || (a.choice.value < b.choice.value ? -1 : 1);
  });
  return named.map(({ choice }) => choice);
}
