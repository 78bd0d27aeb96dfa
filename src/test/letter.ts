import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../dataset/schema.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');

/** The letter's dataset and its raw capture, read from data/ as the app serves them. */
export function readLetterDataset(): Dataset {
  return JSON.parse(readFileSync(resolve(DATA, 'events.json'), 'utf8')) as Dataset;
}

export function readLetterCapture(): string {
  return readFileSync(resolve(DATA, 'joint-letter-2014-12-16.txt'), 'utf8');
}

/** The raw capture's bytes, exactly as stored (for its checksum). */
export function readLetterCaptureBytes(): Buffer {
  return readFileSync(resolve(DATA, 'joint-letter-2014-12-16.txt'));
}
