import type { Problem } from '../../dataset/check/validate-dataset.ts';
import type { Dataset } from '../../dataset/check/schema.ts';

/** A draft to check, numbered so that only the answer for the latest one counts. */
export interface CheckRequest {
  seq: number;
  dataset: unknown;
}

export type CheckAnswer =
  | { seq: number; ok: true; dataset: Dataset }
  | { seq: number; ok: false; problems: Problem[]; total: number };
