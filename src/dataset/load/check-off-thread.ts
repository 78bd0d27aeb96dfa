import { DatasetError } from '../dataset-error.ts';
import type { PreparedDataset } from '../prepare-dataset.ts';
import { joinPieces, piecesBuffers, type DatasetPieces } from './read-dataset-bytes.ts';
import { datasetAssembler, type WorkerAnswer } from './worker-messages.ts';

/** Where there is no worker (or it cannot start), the same work on this thread. */
async function checkHere({ pieces, total }: DatasetPieces): Promise<PreparedDataset> {
  const { checkDatasetBytes } = await import('../check/check-dataset.ts');
  return checkDatasetBytes(joinPieces(pieces, total));
}

interface StartedWorker {
  worker: Worker;
  /** It has said it is ready for the bytes. */
  ready: boolean;
  /** Its code could not load. */
  failed: boolean;
}

function startWorker(): StartedWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    const started: StartedWorker = { worker, ready: false, failed: false };
    worker.addEventListener(
      'message',
      ({ data }: MessageEvent<WorkerAnswer>) => {
        if (data.type === 'ready') started.ready = true;
      },
      { once: true },
    );
    worker.addEventListener('error', () => (started.failed = true), { once: true });
    return started;
  } catch {
    return undefined;
  }
}

let early: StartedWorker | undefined;

/**
 * Starts the dataset worker while the app's code and the dataset download (see src/entry/boot.ts),
 * so its own code is ready when the bytes arrive. The first load takes it.
 */
export function startWorkerEarly(): void {
  early ??= startWorker();
}

/**
 * Reads, checks and prepares a downloaded dataset in a worker: the bytes are handed over (not
 * copied), the prepared dataset comes back. Cancelling ends the worker at once.
 */
export function checkOffThread(
  bytes: DatasetPieces,
  signal?: AbortSignal,
): Promise<PreparedDataset> {
  const started = early ?? startWorker();
  early = undefined;
  if (!started || started.failed) {
    started?.worker.terminate();
    return checkHere(bytes);
  }
  const { worker } = started;
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
    let handedOver = false;
    const handOver = () => {
      // Handed over, not copied: a large file is not held twice.
      handedOver = true;
      worker.postMessage(bytes, piecesBuffers(bytes));
    };
    const dataset = datasetAssembler();
    worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
      if (data.type === 'ready') handOver();
      else if (data.type === 'events') dataset.add(data.events);
      else {
        end();
        if (data.type === 'done') resolve(dataset.join(data.frame));
        else if (data.kind === null) reject(new Error(data.message));
        else reject(new DatasetError(data.kind, data.info, { problems: data.problems }));
      }
    };
    // The worker's code could not load: do the work here rather than fail the dataset (the
    // bytes are still ours until they have been handed over).
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      if (handedOver) reject(new Error(event.message || 'The dataset could not be read.'));
      else checkHere(bytes).then(resolve, reject);
    };
    if (started.ready) handOver();
  });
}
