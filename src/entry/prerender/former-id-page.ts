/**
 * The page written at an event's former id (an alias), from the current page's HTML: the same
 * page, so saved links keep working, but kept out of search indexes (`noindex`) and pointing at
 * the current id as the canonical page. Without the site's address the canonical link is
 * relative: both pages sit one folder deep, side by side.
 */
export function formerIdPage(html: string, currentId: string): string {
  const tags = ['<meta name="robots" content="noindex" />'];
  if (!/<link rel="canonical"/.test(html)) {
    tags.push(`<link rel="canonical" href="../${encodeURIComponent(currentId)}/" />`);
  }
  const at = html.indexOf('</head>');
  if (at === -1) throw new Error('The page has no </head>: a former id’s page cannot be marked.');
  return `${html.slice(0, at)}${tags.join('\n    ')}\n  ${html.slice(at)}`;
}
