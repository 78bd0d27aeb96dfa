/**
 * Russian word endings, so that a search in the dictionary form («поджоги», «полиция») finds the
 * other forms of the word («поджога», «полиции»). Not a full stemmer: one documented rule.
 *
 * The rule: a folded word (see `foldText`: lower case, «ё» read as «е» and «й» as «и») written
 * only in Cyrillic letters and at least `MIN_WORD` letters long loses its longest ending from
 * `ENDINGS` (the case endings of nouns and adjectives and a few of verbs), as long as at least
 * `MIN_STEM` letters stay. Search matches the beginnings of words, and a stem is always the
 * beginning of its word, so only the query needs stemming: «полиция» → «полиц», which begins
 * «полиции», «полицию», «полицейские». Stemming the index's words too would find nothing more.
 * Words in other scripts (English) are left as they are.
 */

/** Words shorter than this are taken as typed: a short beginning is already a stem. */
export const MIN_WORD = 5;
/** The fewest letters a stem keeps. */
export const MIN_STEM = 4;

/** Endings as `foldText` writes them (so «ий» is «ии», «ой» is «ои»), longest first. */
const ENDINGS = [
  // adjectives and participles
  'ыми',
  'ими',
  'ого',
  'его',
  'ому',
  'ему',
  'ые',
  'ие',
  'ое',
  'ее',
  'ая',
  'яя',
  'ую',
  'юю',
  'ых',
  'их',
  'ым',
  'им',
  'ыи',
  'ии',
  'ои',
  'еи',
  // nouns
  'иями',
  'ями',
  'ами',
  'иях',
  'ях',
  'ах',
  'иям',
  'ям',
  'ам',
  'ием',
  'ией',
  'ов',
  'ев',
  'ом',
  'ем',
  'ию',
  'ью',
  'ия',
  'ья',
  'ье',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  // verbs
  'ться',
  'тся',
  'ают',
  'яют',
  'ует',
  'ть',
  'ет',
  'ит',
  'ут',
  'ют',
  'ат',
  'ят',
  'ла',
  'ли',
  'ло',
].sort((a, b) => b.length - a.length);

const CYRILLIC = /^[а-я]+$/;

/** The stem search looks for when the reader types `word` (already folded). */
export function stemRussian(word: string): string {
  if (word.length < MIN_WORD || !CYRILLIC.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM)
      return word.slice(0, -ending.length);
  }
  return word;
}
