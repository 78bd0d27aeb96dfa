import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetSchema, type Dataset } from '../dataset/check/schema.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');

/**
 * The letter's dataset, read from data/ as the app serves it and with the format's defaults
 * filled in (optional lists left out of the file are empty), as the app reads it.
 */
export function readLetterDataset(): Dataset {
  return datasetSchema.parse(JSON.parse(readFileSync(resolve(DATA, 'events.json'), 'utf8')));
}

export function readLetterCapture(): string {
  return readFileSync(resolve(DATA, 'joint-letter-2014-12-16.txt'), 'utf8');
}

/** The raw capture's bytes, exactly as stored (for its checksum). */
export function readLetterCaptureBytes(): Buffer {
  return readFileSync(resolve(DATA, 'joint-letter-2014-12-16.txt'));
}
