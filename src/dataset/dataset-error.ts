import type { Problem } from './check/problem.ts';

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
  | 'invalid'
  /** A dataset file opened in a browser (`?data=file:…`) that this browser does not keep. */
  | 'no-file';

/** What the UI needs to say a failure in the reader's language, beside its kind. */
export interface DatasetErrorInfo {
  /**
   * Which of a kind's cases: `too-slow` or `no-answer` (timeout), `failed` or `interrupted`
   * (network), `date` or `capped` (busy: the wait was given as a date, or was over the most this app waits).
   */
  reason?: string;
  /** The server's status code as text, such as `404` (never its reason phrase). */
  status?: string;
  statusCode?: number;
  /** How long a busy server asked to wait (at most an hour), in seconds. */
  seconds?: number;
  /** The parser's own words on what is wrong with the JSON. */
  detail?: string;
  /** For a dataset with too many events (`reason: 'events'`): how many it has, and the most. */
  count?: number;
  max?: number;
}

/**
 * A dataset that could not be loaded: its kind and the values a sentence needs, never the
 * sentence itself. The UI says it in the reader's language (ui/dataset-error-text.ts); the
 * message is only the kind, for a log.
 */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly info: DatasetErrorInfo;
  readonly problems: readonly Problem[];
  /** When the server said it could be asked again (epoch ms), for a busy server. */
  readonly retryAt: number | undefined;

  constructor(
    kind: DatasetErrorKind,
    info: DatasetErrorInfo = {},
    options: { problems?: readonly Problem[]; retryAt?: number } = {},
  ) {
    super(`dataset-error: ${kind}`);
    this.name = 'DatasetError';
    this.kind = kind;
    this.info = info;
    this.problems = options.problems ?? [];
    this.retryAt = options.retryAt;
  }
}
