import type { Problem } from './validate-dataset.ts';

export type DatasetErrorKind =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'http'
  | 'empty'
  | 'not-json'
  | 'invalid';

/** A dataset that could not be loaded, with a sentence a reader understands. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly problems: readonly Problem[];

  constructor(kind: DatasetErrorKind, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = problems;
  }
}
