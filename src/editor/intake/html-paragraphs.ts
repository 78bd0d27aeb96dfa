import type { DocumentFields } from './intake-types.ts';

/** Elements that end one paragraph and start another. */
const BLOCKS = new Set(
  'address article aside blockquote caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Elements whose text is not the document's (code, styles, things never shown). */
const SKIPPED = new Set(
  'script style template noscript head iframe object svg math select'.split(' '),
);

/**
 * The paragraphs of an HTML document, read as inert text: DOMParser builds a document that runs
 * no script and loads nothing, and only its text nodes are read (nothing is inserted anywhere).
 * Block elements end paragraphs; `<br>` is a line break; white space collapses as a browser
 * shows it, except inside `<pre>`.
 */
export function htmlParagraphs(
  html: string,
  parser: DOMParser = new DOMParser(),
): { paragraphs: string[]; fields: DocumentFields } {
  const doc = parser.parseFromString(html, 'text/html');
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      current += pre ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).localName;
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === 'pre');
    if (block) flush();
  };
  if (doc.body) walk(doc.body, false);
  flush();
  return { paragraphs, fields: htmlFields(doc) };
}

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const element of Array.from(doc.querySelectorAll('meta[name], meta[property]'))) {
      const key = (
        element.getAttribute('name') ??
        element.getAttribute('property') ??
        ''
      ).toLowerCase();
      const content = element.getAttribute('content')?.trim();
      if (key === name && content) return content;
    }
  }
  return undefined;
}

function htmlFields(doc: Document): DocumentFields {
  const fields: DocumentFields = {};
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (title) fields.title = title;
  const author = meta(doc, 'author', 'dc.creator', 'dcterms.creator');
  if (author) fields.authors = [author];
  const date = meta(doc, 'dcterms.date', 'dc.date', 'date', 'article:published_time');
  const day = date && /^\d{4}(-\d{2}(-\d{2})?)?/.exec(date)?.[0];
  if (day) fields.date = day;
  const language = doc.documentElement.getAttribute('lang')?.trim();
  if (language) fields.language = language;
  return fields;
}
