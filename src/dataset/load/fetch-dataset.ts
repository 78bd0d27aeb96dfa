import { checkOffThread } from './check-off-thread.ts';
import { DatasetError } from '../dataset-error.ts';
import { startRequest, takeEarly } from './early-request.ts';
import { MAX_DATASET_BYTES, type DatasetPieces } from './read-dataset-bytes.ts';
import { DATASET_TIMEOUT_MS, type Watchdog } from './watchdog.ts';
import type { PreparedDataset } from '../prepare-dataset.ts';
/** The error for a request the watchdog cut off. */
function timeoutError(dog: Watchdog): DatasetError {
  const tooSlow = dog.timedOut() === 'too-slow';
  return new DatasetError('timeout', { reason: tooSlow ? 'too-slow' : 'no-answer' });
}

/**
 * After a failed request: did the server redirect it? A redirect within the site would have been
 * followed, so a redirect that failed went to another site, which the page's policy refuses.
 */
async function redirectedAway(url: string): Promise<boolean> {
  try {
    const probe = await fetch(url, {
      redirect: 'manual',
      credentials: 'same-origin',
      signal: AbortSignal.timeout(DATASET_TIMEOUT_MS),
    });
    return probe.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

async function request(
  url: string,
  signal: AbortSignal | undefined,
): Promise<{ response: Response; dog: Watchdog }> {
  const { response, watchdog: dog } = takeEarly(url) ?? startRequest(url);
  // Cancelling the query (the reader's Cancel, or leaving for another dataset) ends the
  // request, the early one included.
  const cancel = () => dog.cancel(signal?.reason);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return { response: await response, dog };
  } catch (error) {
    dog.stop();
    if (dog.timedOut()) throw timeoutError(dog);
    if (signal?.aborted) throw error;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      throw new DatasetError('offline');
    }
    if (await redirectedAway(url)) {
      throw new DatasetError('refused');
    }
    throw new DatasetError('network', { reason: 'failed' });
  }
}

/** Reads the body, feeding the watchdog with every piece that arrives and stopping at the size limit. */
export async function readBody(
  response: Response,
  signal: AbortSignal | undefined,
  dog: Watchdog,
): Promise<DatasetPieces> {
  dog.feed();
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (declared > MAX_DATASET_BYTES) {
    dog.cancel();
    throw new DatasetError('too-large', { reason: 'bytes' });
  }
  try {
    if (!response.body) {
      const whole = new Uint8Array(await response.arrayBuffer());
      return { pieces: [whole], total: whole.byteLength };
    }
    const reader = response.body.getReader();
    // The clocks end the read even where the body does not follow the request's signal.
    dog.signal.addEventListener('abort', () => void reader.cancel(dog.signal.reason), {
      once: true,
    });
    // Pieces are kept as bytes and decoded once: decoding and appending each piece costs
    // more than the download itself for a large dataset. They are joined in the worker:
    // copying 40 MB into one array was a long task of the page's own.
    const pieces: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (dog.signal.aborted) throw dog.signal.reason;
      if (done) return { pieces, total };
      total += value.byteLength;
      if (total > MAX_DATASET_BYTES) {
        void reader.cancel();
        throw new DatasetError('too-large', { reason: 'bytes' });
      }
      dog.feed(value.byteLength);
      pieces.push(value);
    }
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    if (dog.timedOut()) throw timeoutError(dog);
    if (signal?.aborted) throw error;
    throw new DatasetError('network', { reason: 'interrupted' });
  } finally {
    dog.stop();
  }
}

/** The most a server can hold the reader off: an hour. */
const MAX_WAIT_MS = 60 * 60 * 1000;

/**
 * How long a 429 or 503 answer asks to wait in its Retry-After header (seconds or a date), and
 * how it said so: `date` for a date (the wait is then ours to reckon), `capped` for a wait
 * longer than the hour this app waits at most.
 */
function retryAfter(
  response: Response,
  now = Date.now(),
): { ms: number; reason?: 'date' | 'capped' } | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  // Whole seconds, or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); anything else (`-5`, a
  // bare year that Date.parse would take) and a wait already over ask for nothing.
  const seconds = /^\d+$/.test(value);
  const ms = seconds
    ? Number(value) * 1000
    : /^[A-Za-z]{3}, /.test(value)
      ? Date.parse(value) - now
      : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  if (ms > MAX_WAIT_MS) return { ms: MAX_WAIT_MS, reason: 'capped' };
  return seconds ? { ms } : { ms, reason: 'date' };
}

/**
 * Fetches a dataset, checks it against the format and prepares it for the views (off the
 * page's thread, see check-off-thread.ts).
 * Every failure becomes a DatasetError with its kind and the values that say what went wrong.
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<PreparedDataset> {
  const { response, dog } = await request(url, signal);
  if (!response.ok) {
    dog.stop();
    // The status number only: the reason phrase is the server's words, never the app's.
    const status = String(response.status);
    const wait =
      response.status === 429 || response.status === 503 ? retryAfter(response) : undefined;
    if (wait !== undefined) {
      const seconds = Math.ceil(wait.ms / 1000);
      const reason = wait.reason === undefined ? {} : { reason: wait.reason };
      throw new DatasetError(
        'busy',
        { status, statusCode: response.status, seconds, ...reason },
        { retryAt: Date.now() + wait.ms },
      );
    }
    throw new DatasetError('http', { status, statusCode: response.status });
  }
  // Reading, checking and preparing run in a worker: the page stays responsive meanwhile.
  return checkOffThread(await readBody(response, signal, dog), signal);
}
