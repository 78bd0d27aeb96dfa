/**
 * Turns a web capture of a document into its paragraphs: blank lines separate paragraphs,
 * the site's header lines before the document are dropped, and the capture's markdown
 * artefacts are resolved (`[houses](#)` becomes `houses`, `\$` becomes `$`). Nothing else
 * is changed: same words, same punctuation, same quotation marks.
 */
export function resolveCaptureArtefacts(line: string): string {
  return line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1');
}

export function deriveParagraphs(capture: string, headerLines: readonly string[] = []): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const raw of capture.split(/\r\n?|\n/)) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    // A line that was only artefacts (an empty link) leaves nothing, and is no paragraph break.
    const line = resolveCaptureArtefacts(raw.trim()).trim();
    if (line !== '') current.push(line);
  }
  flush();
  let first = 0;
  while (first < blocks.length && headerLines.includes(blocks[first] ?? '')) first += 1;
  return blocks.slice(first);
}
