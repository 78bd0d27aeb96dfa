import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readLetterCapture, readLetterCaptureBytes, readLetterDataset } from '../test/letter.ts';
import { deriveParagraphs } from './derive-paragraphs.ts';
import { isLetterText, LETTER_SOURCE, paragraphsDigest } from './letter-source.ts';

const texts = readLetterDataset().document.paragraphs.map((p) => p.text);

describe('the letter source fingerprint', () => {
  it('names the file beside the letter dataset and its true SHA-256', () => {
    expect(readLetterDataset().document.source?.file).toBe(LETTER_SOURCE.file);
    const sha256 = createHash('sha256').update(readLetterCaptureBytes()).digest('hex');
    expect(LETTER_SOURCE.sha256).toBe(sha256);
  });

  it('fingerprints the paragraphs derived from the file, which are the dataset’s', async () => {
    const derived = deriveParagraphs(readLetterCapture(), ['HRW.org']);
    expect(derived).toHaveLength(LETTER_SOURCE.paragraphCount);
    expect(await paragraphsDigest(derived)).toBe(LETTER_SOURCE.paragraphsSha256);
    expect(await isLetterText(texts)).toBe(true);
  });

  it.each([
    ['one changed word', texts.map((t, i) => (i === 7 ? t.replace('tried', 'did not try') : t))],
    ['two paragraphs swapped', [texts[1] ?? '', texts[0] ?? '', ...texts.slice(2)]],
    ['a paragraph left out', texts.slice(1)],
    ['a paragraph split in two', [...texts.slice(0, 17), 'Index:', 'EUR 46/056/2014']],
  ])('tells paragraphs with %s from the letter', async (_name, changed) => {
    expect(await isLetterText(changed)).toBe(false);
  });
});
