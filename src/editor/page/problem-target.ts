/** Where the editor shows a problem: the event it is in (by position) and the control's id. */
export interface ProblemTarget {
  event?: number;
  /** The control is among the document's fields (which open to show it). */
  document?: true;
  control: string;
}

/** Event fields with a control of their own (`ev-<field>`). */
const OWN_CONTROL = new Set([
  'title',
  'label',
  'edtf',
  'certainty',
  'dateWording',
  'kind',
  'kindBasis',
  'kindNote',
  'actors',
  'place',
  'summary',
]);
/** Fields that follow from the date the author types. */
const FROM_DATE = new Set(['start', 'end', 'precision', 'ongoing']);

const EVENT_PATH = /^events\[(\d+)\](?:\.([A-Za-z]+))?/;
const DOCUMENT_PATH = /^document\.(title|date|language|source)\b/;

/** The control a checker's problem path (`events[2].edtf`) belongs to. */
export function problemTarget(path: string): ProblemTarget {
  const match = EVENT_PATH.exec(path);
  const documentField = DOCUMENT_PATH.exec(path)?.[1];
  if (documentField !== undefined) return { control: `doc-${documentField}`, document: true };
  if (!match) return { control: path === 'events' ? 'new-event' : 'document-text' };
  const event = Number(match[1]);
  const field = match[2] ?? 'title';
  if (OWN_CONTROL.has(field)) return { event, control: `ev-${field}` };
  if (FROM_DATE.has(field)) return { event, control: 'ev-edtf' };
  if (field === 'sources') return { event, control: 'ev-sources' };
  return { event, control: 'ev-title' };
}

/** The problems at a path (`events[1].kind`, `document.date`) and everything under it. */
export function problemsUnder(
  problems: readonly { path: string; message: string }[],
  path: string,
): string[] {
  return problems
    .filter(
      (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
    )
    .map((p) => p.message);
}
