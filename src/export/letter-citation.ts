import { formatCivilDate } from '../dates/format-date.ts';
import type { CitedWork } from './cited-work.ts';

/** The plain-text citation of the whole document: authors, title, date, reference, and the link. */
export function toPlainLetterCitation(work: CitedWork): string {
  const parts = [...work.authors, work.title, formatCivilDate(work.date)];
  if (work.reference) parts.push(work.reference);
  return `${parts.filter((p) => p !== '').join(', ')}.\n${work.link}\n`;
}
