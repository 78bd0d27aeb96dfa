import { useMemo } from 'react';
import { dateWords, type DateWords } from './format-dates.ts';
import { useT } from './use-t.ts';

/** Dates and numbers in the interface's language. */
export function useDateWords(): DateWords {
  const { t, language } = useT();
  return useMemo(() => dateWords(language, t), [language, t]);
}
