import { DatasetError } from './dataset-error.ts';
import { DATASET_TIMEOUT_MS, fetchWithTimeout, takeEarly } from './early-request.ts';
import { prepareDataset, type PreparedDataset } from './prepare-dataset.ts';
import { validateDataset } from './validate-dataset.ts';

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

async function request(url: string, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await (takeEarly(url) ?? fetchWithTimeout(url, signal));
  } catch (error) {
    if (isTimeout(error)) {
      throw new DatasetError(
        'timeout',
        `The dataset did not arrive within ${DATASET_TIMEOUT_MS / 1000} seconds. The server may be slow or unreachable.`,
      );
    }
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

/**
 * Fetches a dataset, checks it against the format and prepares it for the views.
 * Every failure becomes a DatasetError whose message says what went wrong.
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<PreparedDataset> {
  const response = await request(url, signal);
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const hint = response.status === 404 ? ' (no dataset at that address)' : '';
    throw new DatasetError('http', `The dataset could not be loaded: the server answered ${status}${hint}.`);
  }
  let body: string;
  try {
    body = await response.text();
  } catch {
    throw new DatasetError('network', 'The dataset could not be loaded: the download was interrupted.');
  }
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
