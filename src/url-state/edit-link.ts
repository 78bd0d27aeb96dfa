/**
 * The editor's address for "Edit a copy" of the dataset on screen, relative like every link
 * between the site's pages: `edit/?from=default` for the site's own dataset, `edit/?from=<path>`
 * for a dataset a link named (`?data=`, a dataset file opened in this browser included), in the
 * Russian editor (`ru/edit/`) when the interface is Russian. See docs/editing.md.
 */
export function editCopyHref(prefix: string, data: string | undefined, language: string): string {
  const folder = language === 'ru' ? 'ru/edit/' : 'edit/';
  const from = new URLSearchParams({ from: data ?? 'default' }).toString();
  // ':' and '/' are valid in a query; left unescaped, as in the viewer's own links.
  return `${prefix}${folder}?${from.replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`;
}
