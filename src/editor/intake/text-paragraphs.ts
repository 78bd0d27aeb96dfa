import type { DocumentFields } from './intake-types.ts';

/**
 * The blocks of a plain or Markdown text between blank lines, as written: line breaks inside a
 * block kept, each block's leading and trailing white space dropped, Markdown left unrendered.
 */
export function splitOnBlankLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim());
}

/** A Markdown file's title: its first level-one heading (`# Title`), as written. */
export function markdownFields(text: string): DocumentFields {
  const heading = /^# +(.+?)[ #]*$/m.exec(text.replace(/\r\n?/g, '\n'))?.[1]?.trim();
  return heading ? { title: heading } : {};
}
