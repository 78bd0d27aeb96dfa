import { DatasetError } from './dataset-error.ts';
import type { PreparedDataset } from './prepare-dataset.ts';
import { datasetAssembler, type WorkerAnswer } from './worker-messages.ts';

/** Where there is no worker (or it cannot start), the same work on this thread. */
async function checkHere(bytes: Uint8Array): Promise<PreparedDataset> {
  const { checkDatasetBytes } = await import('./check-dataset.ts');
  return checkDatasetBytes(bytes);
}

/**
 * Reads, checks and prepares a downloaded dataset in a worker: the bytes are handed over (not
 * copied), the prepared dataset comes back. Cancelling ends the worker at once.
 */
export function checkOffThread(bytes: Uint8Array, signal?: AbortSignal): Promise<PreparedDataset> {
  if (typeof Worker === 'undefined') return checkHere(bytes);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return checkHere(bytes);
  }
  return new Promise<PreparedDataset>((resolve, reject) => {
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(signal?.reason);
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    let started = false;
    const dataset = datasetAssembler();
    worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
      if (data.type === 'ready') {
        // Handed over, not copied: a large file is not held twice.
        started = true;
        worker.postMessage(bytes, [bytes.buffer]);
      } else if (data.type === 'events') {
        dataset.add(data.events);
      } else {
        end();
        if (data.type === 'done') resolve(dataset.join(data.frame));
        else if (data.kind === null) reject(new Error(data.message));
        else reject(new DatasetError(data.kind, data.message, data.problems));
      }
    };
    // The worker's code could not load: do the work here rather than fail the dataset (the
    // bytes are still ours until the worker has said it started).
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      if (started) reject(new Error(event.message || 'The dataset could not be read.'));
      else checkHere(bytes).then(resolve, reject);
    };
  });
}
