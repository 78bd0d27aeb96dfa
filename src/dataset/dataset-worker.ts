/// <reference lib="webworker" />
import { checkDatasetBytes } from './check-dataset.ts';
import { DatasetError } from './dataset-error.ts';
import { messageSlices } from './message-slices.ts';
import type { DatasetFrame, WorkerAnswer } from './worker-messages.ts';

const say = (answer: WorkerAnswer) => self.postMessage(answer);

/**
 * The dataset worker: reads, checks and prepares a downloaded dataset away from the page's
 * thread, so a large file never freezes the page, and hands the prepared dataset back in
 * slices (or the error, as plain fields that survive the trip).
 */
self.onmessage = async (message: MessageEvent<Uint8Array>) => {
  try {
    const dataset = await checkDatasetBytes(message.data);
    const { events } = dataset;
    // The indexes are rebuilt on arrival (joinDataset): sending them would send every event twice.
    const frame: DatasetFrame = {
      document: dataset.document,
      kinds: dataset.kinds,
      kindIds: dataset.kindIds,
      kindById: dataset.kindById,
      paragraphNumber: dataset.paragraphNumber,
      defaultWindow: dataset.defaultWindow,
    };
    for (const slice of messageSlices(events)) say({ type: 'events', events: slice });
    say({ type: 'done', frame });
  } catch (error) {
    say(
      error instanceof DatasetError
        ? {
            type: 'failed',
            kind: error.kind,
            message: error.message,
            problems: [...error.problems],
            info: { ...error.info },
          }
        : {
            type: 'failed',
            kind: null,
            message: error instanceof Error ? error.message : String(error),
            problems: [],
            info: {},
          },
    );
  }
};
say({ type: 'ready' });
