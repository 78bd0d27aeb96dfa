import { describe, expect, it } from 'vitest';
import { readLetterDataset } from '../../test/letter.ts';
import { checkDatasetBytes, MAX_EVENTS } from './check-dataset.ts';
import { DatasetError } from '../dataset-error.ts';
import type { PreparedDataset } from '../prepare-dataset.ts';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
/** The letter's dataset written one byte per character, as a Latin-1 writer would (its text is not Latin-1). */
const latin1Letter = () => {
  const text = JSON.stringify(readLetterDataset(), null, 2);
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
};
/** A download cut inside a two-byte character. */
const cutInsideCharacter = () => {
  const bytes = new TextEncoder().encode('{"events": [{"title": "Пожар');
  return bytes.slice(0, bytes.length - 1);
};

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DatasetError))
    throw new Error(`expected a DatasetError, got ${String(error)}`);
  return error;
}

describe('checkDatasetBytes', () => {
  it('reads, checks and prepares the letter’s dataset', async () => {
    const letter = readLetterDataset();
    const dataset = await checkDatasetBytes(bytesOf(letter));
    expect(dataset.events).toHaveLength(letter.events.length);
    expect(dataset.byId.get(dataset.events[0]?.id ?? '')).toBe(dataset.events[0]);
  });

  it('refuses a dataset with more events than a tab can hold before checking any of them', async () => {
    const letter = readLetterDataset();
    // Events that are not even events: the count alone decides, nothing is checked.
    const error = await failure(
      checkDatasetBytes(
        bytesOf({ ...letter, events: [...letter.events, 1, 2, 3] }),
        letter.events.length + 2,
      ),
    );
    expect(error.kind).toBe('too-large');
    const n = letter.events.length;
    expect(error.info).toEqual({ reason: 'events', count: n + 3, max: n + 2 });
  });

  it('holds at most 250,000 events by default', () => {
    expect(MAX_EVENTS).toBe(250_000);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty', false],
    ['a page instead of JSON', new TextEncoder().encode('<html>'), 'not-json', false, 'text'],
    [
      "a server's words",
      new TextEncoder().encode('Service unavailable'),
      'not-json',
      false,
      'text',
    ],
    [
      'a cut download',
      new TextEncoder().encode('{"events": [{"id": "a'),
      'not-json',
      false,
      'truncated',
    ],
    [
      'a mistake inside',
      new TextEncoder().encode('{"events": [1,]}'),
      'not-json',
      false,
      'malformed',
    ],
    ['a whole file in another encoding', latin1Letter(), 'not-json', false, 'encoding'],
    [
      'UTF-16 without its byte-order mark',
      Uint8Array.from(Buffer.from('{"events": []', 'utf16le')),
      'not-json',
      false,
      'encoding',
    ],
    ['a download cut inside a character', cutInsideCharacter(), 'not-json', false, 'truncated'],
    [
      'a stray word that leaves a bracket open',
      new TextEncoder().encode('{"events": [oops'),
      'not-json',
      false,
      'malformed',
    ],
    ['a dataset without a document', bytesOf({ events: [] }), 'invalid', true],
  ])('says what is wrong with %s', async (_name, bytes, kind, hasProblems, detail?: string) => {
    const error = await failure(checkDatasetBytes(bytes));
    expect(error.kind).toBe(kind);
    expect(error.problems.length > 0).toBe(hasProblems);
    // The app's own words for what it saw, never the engine's parser message.
    expect(error.info.detail).toBe(detail);
  });

  describe('handing the prepared dataset over early', () => {
    it('hands over, before the other checks end, the very dataset it then returns', async () => {
      const handed: PreparedDataset[] = [];
      const dataset = await checkDatasetBytes(bytesOf(readLetterDataset()), undefined, (d) =>
        handed.push(d),
      );
      expect(handed).toEqual([dataset]);
      expect(handed[0]).toBe(dataset);
      expect(dataset).toEqual(await checkDatasetBytes(bytesOf(readLetterDataset())));
    });

    it('still refuses a dataset of the right shape that fails a later check, with the same problems', async () => {
      const letter = readLetterDataset();
      const [first, ...rest] = letter.events;
      if (!first) throw new Error('the letter has events');
      const wrong = {
        ...letter,
        events: [
          {
            ...first,
            sources: [{ paragraph: first.sources[0]?.paragraph, quote: 'no such words' }],
          },
          ...rest,
        ],
      };
      const handed: PreparedDataset[] = [];
      const early = await failure(
        checkDatasetBytes(bytesOf(wrong), undefined, (d) => handed.push(d)),
      );
      expect(handed).toHaveLength(1);
      const late = await failure(checkDatasetBytes(bytesOf(wrong)));
      expect(early.kind).toBe('invalid');
      expect(early.problems).toEqual(late.problems);
      expect(early.problems.map((p) => p.path)).toContain('events[0].sources[0].quote');
    });

    it('hands nothing over when the structure is wrong', async () => {
      const handed: PreparedDataset[] = [];
      const error = await failure(
        checkDatasetBytes(bytesOf({ events: [] }), undefined, (d) => handed.push(d)),
      );
      expect(error.kind).toBe('invalid');
      expect(handed).toEqual([]);
    });
  });
});
