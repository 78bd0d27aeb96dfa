/** A request that stops answering ends with a message after this long, never an endless spinner. */
export const DATASET_TIMEOUT_MS = 10_000;
/**
 * The whole download may take this long, plus one second for every MIN_BYTES_PER_SECOND that
 * has arrived: a large file on a slow link keeps going, a server that trickles a byte a second
 * is cut off.
 */
export const OVERALL_BASE_MS = 30_000;
export const MIN_BYTES_PER_SECOND = 20 * 1024;

export const TIMED_OUT = `The dataset did not arrive within ${DATASET_TIMEOUT_MS / 1000} seconds. The server may be slow or unreachable.`;

export interface Watchdog {
  signal: AbortSignal;
  /** `bytes` more have arrived: wait another DATASET_TIMEOUT_MS, and allow the download more time. */
  feed: (bytes?: number) => void;
  /** Nothing is expected for now (or ever again): stop the clocks. */
  stop: () => void;
  /** Why the request was cut off: it fell silent, or it was too slow overall; null while it runs. */
  timedOut: () => 'silent' | 'too-slow' | null;
  /** Aborts the request now (the reader cancelled it). */
  cancel: (reason?: unknown) => void;
}

/**
 * Aborts when it has not been fed for DATASET_TIMEOUT_MS (each wait: for the answer, then for
 * each next piece), or when the whole download runs past its overall limit, which grows with
 * what has arrived.
 */
export function watchdog(now: () => number = Date.now): Watchdog {
  const controller = new AbortController();
  const started = now();
  let received = 0;
  let reason: 'silent' | 'too-slow' | null = null;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let overallTimer: ReturnType<typeof setTimeout> | undefined;
  const cut = (why: 'silent' | 'too-slow') => {
    if (controller.signal.aborted) return;
    reason = why;
    controller.abort(new DOMException(TIMED_OUT, 'TimeoutError'));
  };
  const stop = () => {
    clearTimeout(waitTimer);
    clearTimeout(overallTimer);
  };
  const feed = (bytes = 0) => {
    stop();
    received += bytes;
    const allowed = OVERALL_BASE_MS + (received / MIN_BYTES_PER_SECOND) * 1000;
    const left = started + allowed - now();
    if (left <= 0) return cut('too-slow');
    waitTimer = setTimeout(() => cut('silent'), DATASET_TIMEOUT_MS);
    overallTimer = setTimeout(() => cut('too-slow'), left);
  };
  feed();
  return {
    signal: controller.signal,
    feed,
    stop,
    timedOut: () => reason,
    cancel: (why?: unknown) => {
      stop();
      controller.abort(why);
    },
  };
}
