/** A request that stops answering ends with a message after this long, never an endless spinner. */
export const DATASET_TIMEOUT_MS = 10_000;

export const TIMED_OUT = `The dataset did not arrive within ${DATASET_TIMEOUT_MS / 1000} seconds. The server may be slow or unreachable.`;

export interface Watchdog {
  signal: AbortSignal;
  /** Something arrived: wait another DATASET_TIMEOUT_MS. */
  feed: () => void;
  /** Nothing is expected for now (or ever again): stop the clock. */
  stop: () => void;
  timedOut: () => boolean;
}

/**
 * Aborts when it has not been fed for DATASET_TIMEOUT_MS. It limits each wait (for the answer,
 * then for each next piece of the download), not the whole download: a large dataset on a slow
 * connection keeps arriving and is not cut off.
 */
export function watchdog(): Watchdog {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => clearTimeout(timer);
  const feed = () => {
    stop();
    timer = setTimeout(() => controller.abort(new DOMException(TIMED_OUT, 'TimeoutError')), DATASET_TIMEOUT_MS);
  };
  feed();
  return { signal: controller.signal, feed, stop, timedOut: () => controller.signal.aborted };
}
