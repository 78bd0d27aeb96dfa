import { DatasetError } from '../dataset-error.ts';
import type { PreparedDataset } from '../prepare-dataset.ts';
import { checkOffThread } from './check-off-thread.ts';
import { keepLocalFile, readLocalFile } from './local-files.ts';
import { MAX_DATASET_BYTES } from './read-dataset-bytes.ts';

/** What "Open a dataset file" is given: a File, or anything with its name, size and bytes. */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file's key: the first 16 hexadecimal digits of its SHA-256, so one file has one key. */
export async function localFileKey(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The names of the files opened since the page loaded, by key (the kept ones say theirs too). */
const names = new Map<string, string>();

/**
 * Reads a dataset file the reader chose, with the checks and the failures of a dataset a link
 * names (`?data=`), and keeps it in this browser under its key. Resolves with the value of the
 * link's `data` parameter (`file:<key>`) and the prepared dataset; rejects with a DatasetError.
 */
export async function openLocalFile(
  file: ChosenFile,
): Promise<{ ref: string; dataset: PreparedDataset }> {
  if (file.size > MAX_DATASET_BYTES) throw new DatasetError('too-large', { reason: 'bytes' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const key = await localFileKey(bytes);
  // The bytes are handed over to the worker (not copied): the blob keeps the file.
  const blob = file instanceof Blob ? file : new Blob([bytes]);
  const dataset = await checkOffThread({ pieces: [bytes], total: bytes.byteLength });
  names.set(key, file.name);
  // A browser that refuses storage still shows the file now; only a reload will not find it.
  await keepLocalFile(key, { name: file.name, file: blob, opened: Date.now() }).catch(
    () => undefined,
  );
  return { ref: `file:${key}`, dataset };
}

/** The dataset file kept under `key`, read and checked again (a reload, a link from this browser). */
export async function loadLocalDataset(
  key: string,
  signal?: AbortSignal,
): Promise<PreparedDataset> {
  const kept = await readLocalFile(key).catch(() => undefined);
  if (!kept) throw new DatasetError('no-file');
  names.set(key, kept.name);
  const bytes = new Uint8Array(await kept.file.arrayBuffer());
  return checkOffThread({ pieces: [bytes], total: bytes.byteLength }, signal);
}

/** The name of the file kept under `key`, where this page has seen it. */
export async function localFileName(key: string): Promise<string | undefined> {
  return names.get(key) ?? (await readLocalFile(key).catch(() => undefined))?.name;
}
