/**
 * The EDTF that leaves the app (CSV, JSON-LD, citations). Inside the app an event whose source
 * gives no start keeps `startUnknown` beside an `edtf` that names only the last day the source
 * attests; alone, that day would read as the event's exact date. Outside, such an event is an
 * interval with an open start ending on that day: `../2014-12-16`.
 */
export function exportedEdtf(event: {
  edtf: string;
  start: string;
  end?: string | undefined;
  startUnknown?: boolean | undefined;
}): string {
  if (!event.startUnknown) return event.edtf;
  return `../${(event.end ?? event.start).slice(0, 10)}`;
}
