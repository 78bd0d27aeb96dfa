import { IntakeRefused } from './intake-types.ts';

type Mammoth = typeof import('mammoth');

/**
 * The paragraphs of a Word (.docx) file as mammoth reads its raw text: one paragraph of Word,
 * one paragraph here (mammoth ends each with a blank line).
 */
export async function docxParagraphs(
  bytes: Uint8Array,
  load: () => Promise<Mammoth> = () => import('mammoth'),
): Promise<string[]> {
  const mammoth = await load();
  const arrayBuffer = bytes.slice().buffer;
  // The browser build reads `arrayBuffer`, the Node build (tests) `buffer`: JSZip takes either.
  const input = { arrayBuffer, buffer: arrayBuffer as unknown as Buffer };
  const result = await mammoth.extractRawText(input).catch((error: unknown) => {
    throw new IntakeRefused({ code: 'unreadable' }, error);
  });
  return result.value
    .replace(/\r\n?/g, '\n')
    .split(/\n\n+/)
    .map((text) => text.trim());
}
