import type { Problem } from './problem.ts';

export type DatasetErrorKind =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'http'
  | 'busy'
  | 'refused'
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'invalid';

/** A dataset that could not be loaded, with a sentence a reader understands. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly problems: readonly Problem[];
  /** When the server said it could be asked again (epoch ms), for a busy server. */
  readonly retryAt: number | undefined;

  constructor(kind: DatasetErrorKind, message: string, problems: readonly Problem[] = [], retryAt?: number) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = problems;
    this.retryAt = retryAt;
  }
}
