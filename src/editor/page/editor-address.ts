/** The draft an editor's address opens: `edit/?draft=<id>`. */
export function readDraftParam(search: string): string | undefined {
  const id = new URLSearchParams(search).get('draft');
  return id !== null && /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : undefined;
}

/** The editor's address of a draft, relative to the editor's page. */
export function draftAddress(id: string): string {
  return `?draft=${encodeURIComponent(id)}`;
}
