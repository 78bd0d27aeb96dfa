/// <reference lib="webworker" />
import { checkDatasetBytes } from './check-dataset.ts';
import { DatasetError } from './dataset-error.ts';
import type { WorkerAnswer } from './worker-messages.ts';

/**
 * The dataset worker: reads, checks and prepares a downloaded dataset away from the page's
 * thread, so a large file never freezes the page, and answers with the prepared dataset (or the
 * error, as plain fields that survive the trip).
 */
self.onmessage = async (message: MessageEvent<Uint8Array>) => {
  let answer: WorkerAnswer;
  try {
    answer = { ok: true, dataset: await checkDatasetBytes(message.data) };
  } catch (error) {
    answer =
      error instanceof DatasetError
        ? { ok: false, kind: error.kind, message: error.message, problems: [...error.problems] }
        : {
            ok: false,
            kind: null,
            message: error instanceof Error ? error.message : String(error),
            problems: [],
          };
  }
  self.postMessage(answer);
};
self.postMessage({ ready: true } satisfies WorkerAnswer);
