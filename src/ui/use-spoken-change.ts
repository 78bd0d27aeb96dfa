import { useState } from 'react';

/**
 * Whether a polite status should hold its message: yes from the start and after `what` (the
 * message's subject, in no language) changes, no after a change of language alone, which would
 * otherwise re-announce an unchanged message in new words. An emptied region is not read out.
 * `language` is anything that changes with the language (the code, or the `t` made for it).
 */
export function useSpokenChange(what: unknown, language: unknown): boolean {
  const [seen, setSeen] = useState({ what, language, speak: true });
  if (seen.what === what && seen.language === language) return seen.speak;
  const speak = seen.what !== what;
  setSeen({ what, language, speak });
  return speak;
}
