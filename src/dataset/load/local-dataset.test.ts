import { describe, expect, it } from 'vitest';
import { LOCAL_FILE } from '../../url-state/url-values.ts';
import { DatasetError } from '../dataset-error.ts';
import { makeDataset } from '../../test/datasets.ts';
import { loadLocalDataset, localFileKey, openLocalFile, type ChosenFile } from './local-dataset.ts';
import { staleKeys } from './local-files.ts';
import { MAX_DATASET_BYTES } from './read-dataset-bytes.ts';

const chosen = (text: string, name = 'mine.json'): ChosenFile => new File([text], name);

/** The error a promise rejects with (its kind and values), or fails the test. */
async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DatasetError))
    throw new Error(`Expected a DatasetError, got ${String(error)}`);
  return error;
}

describe('openLocalFile', () => {
  it('reads and checks a dataset, naming it by the first 16 digits of its SHA-256', async () => {
    const json = JSON.stringify(makeDataset());
    const { ref, dataset } = await openLocalFile(chosen(json));
    expect(ref).toMatch(LOCAL_FILE);
    expect(ref).toBe(`file:${await localFileKey(new TextEncoder().encode(json))}`);
    expect(dataset.events.map((e) => e.id)).toEqual(['office-fire']);
  });

  it('gives one file one key, whatever its name', async () => {
    const json = JSON.stringify(makeDataset());
    const a = await openLocalFile(chosen(json, 'a.json'));
    const b = await openLocalFile(chosen(json, 'b.json'));
    expect(a.ref).toBe(b.ref);
  });

  it.each([
    ['a file that is not JSON', 'Dear Editor', { kind: 'not-json', detail: 'text' }],
    ['a file cut short', '{"document": {', { kind: 'not-json', detail: 'truncated' }],
    ['an empty file', '  \n', { kind: 'empty' }],
    ['JSON that is not a dataset', '{"events": 3}', { kind: 'invalid' }],
  ])('refuses %s as a link’s dataset is refused', async (_what, text, expected) => {
    const error = await failure(openLocalFile(chosen(text)));
    expect(error.kind).toBe(expected.kind);
    if ('detail' in expected) expect(error.info.detail).toBe(expected.detail);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge: ChosenFile = {
      name: 'huge.json',
      size: MAX_DATASET_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    const error = await failure(openLocalFile(huge));
    expect([error.kind, error.info.reason]).toEqual(['too-large', 'bytes']);
  });
});

describe('loadLocalDataset', () => {
  it('says the file is not here when this browser does not keep it', async () => {
    expect((await failure(loadLocalDataset('0123456789abcdef'))).kind).toBe('no-file');
  });
});

describe('staleKeys', () => {
  it('drops the files opened longest ago beyond the number kept', () => {
    const files: [string, { opened: number }][] = [
      ['a', { opened: 3 }],
      ['b', { opened: 1 }],
      ['c', { opened: 2 }],
    ];
    expect(staleKeys(files, 2)).toEqual(['b']);
    expect(staleKeys(files, 5)).toEqual([]);
  });
});
