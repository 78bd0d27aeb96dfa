import { DatasetError } from './dataset-error.ts';
import { startRequest, takeEarly } from './early-request.ts';
import { TIMED_OUT, type Watchdog } from './watchdog.ts';
import { prepareDataset, type PreparedDataset } from './prepare-dataset.ts';
import { validateDataset } from './validate-dataset.ts';

async function request(url: string, signal: AbortSignal | undefined): Promise<{ response: Response; dog: Watchdog }> {
  const { response, watchdog: dog } = takeEarly(url) ?? startRequest(url, signal);
  try {
    return { response: await response, dog };
  } catch (error) {
    dog.stop();
    if (dog.timedOut()) throw new DatasetError('timeout', TIMED_OUT);
    if (signal?.aborted) throw error;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      throw new DatasetError('offline', 'You appear to be offline, so the dataset could not be loaded.');
    }
    throw new DatasetError(
      'network',
      'The dataset could not be loaded: the network request failed. Check the connection and retry.',
    );
  }
}

/** Reads the body as text, feeding the watchdog with every piece that arrives. */
async function readBody(response: Response, signal: AbortSignal | undefined, dog: Watchdog): Promise<string> {
  dog.feed();
  try {
    if (!response.body) return await response.text();
    const reader = response.body.getReader();
    // Pieces are kept as bytes and decoded once: decoding and appending each piece costs
    // more than the download itself for a large dataset.
    const pieces: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return await new Blob(pieces as BlobPart[]).text();
      dog.feed();
      pieces.push(value);
    }
  } catch (error) {
    if (dog.timedOut()) throw new DatasetError('timeout', TIMED_OUT);
    if (signal?.aborted) throw error;
    throw new DatasetError('network', 'The dataset could not be loaded: the download was interrupted.');
  } finally {
    dog.stop();
  }
}

/**
 * Fetches a dataset, checks it against the format and prepares it for the views.
 * Every failure becomes a DatasetError whose message says what went wrong.
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<PreparedDataset> {
  const { response, dog } = await request(url, signal);
  if (!response.ok) {
    dog.stop();
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const hint = response.status === 404 ? ' (no dataset at that address)' : '';
    throw new DatasetError('http', `The dataset could not be loaded: the server answered ${status}${hint}.`);
  }
  const body = await readBody(response, signal, dog);
  if (body.trim() === '') throw new DatasetError('empty', 'The dataset file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new DatasetError('not-json', `The dataset is not valid JSON: it may be truncated or not a dataset at all${detail}.`);
  }
  const result = await validateDataset(json);
  if (!result.ok) {
    const count = result.problems.length;
    throw new DatasetError(
      'invalid',
      `The dataset does not follow the Source Timeline format: ${count} problem${count === 1 ? '' : 's'} found.`,
      result.problems,
    );
  }
  return prepareDataset(result.dataset);
}
