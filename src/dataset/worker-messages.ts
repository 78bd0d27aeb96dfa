import type { DatasetErrorKind } from './dataset-error.ts';
import type { PreparedDataset } from './prepare-dataset.ts';
import type { Problem } from './problem.ts';

/**
 * What the dataset worker says: that it has started (and can be handed the bytes), then the
 * prepared dataset, or the error as plain fields.
 */
export type WorkerAnswer =
  | { ready: true }
  | { ready?: undefined; ok: true; dataset: PreparedDataset }
  | {
      ready?: undefined;
      ok: false;
      kind: DatasetErrorKind | null;
      message: string;
      problems: Problem[];
    };
