import { describe, expect, it } from 'vitest';
import { readLetterDataset } from '../test/letter.ts';
import { checkDatasetBytes, MAX_EVENTS } from './check-dataset.ts';
import { DatasetError } from './dataset-error.ts';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

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
    expect(error.message).toBe(
      `The dataset is too large: it has ${n + 3} events, more than a browser tab can hold; this app shows at most ${n + 2}.`,
    );
  });

  it('holds at most 250,000 events by default', () => {
    expect(MAX_EVENTS).toBe(250_000);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty', 'The dataset file is empty.'],
    ['a page instead of JSON', new TextEncoder().encode('<html>'), 'not-json', undefined],
    ['a dataset without a document', bytesOf({ events: [] }), 'invalid', undefined],
  ])('says what is wrong with %s', async (_name, bytes, kind, message) => {
    const error = await failure(checkDatasetBytes(bytes));
    expect(error.kind).toBe(kind);
    if (message !== undefined) expect(error.message).toBe(message);
  });
});
