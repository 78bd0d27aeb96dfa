import { formatCivilDate } from '../dates/format-date.ts';
import type { CitedWork } from './cited-work.ts';

/**
 * The plain-text citation of the whole document: authors, original title, date (in the
 * reader's words, `civilDate`), reference, where a dataset a link loaded came from (in the
 * reader's words, `originLine`), and the link.
 */
export function toPlainLetterCitation(
  work: CitedWork,
  civilDate: (date: string) => string = formatCivilDate,
  originLine?: string,
): string {
  const parts = [...work.authors, work.title, civilDate(work.date)];
  if (work.reference) parts.push(work.reference);
  const origin = work.origin && originLine ? `${originLine}\n` : '';
  return `${parts.filter((p) => p !== '').join(', ')}.\n${origin}${work.link}\n`;
}
