/// <reference lib="webworker" />
import { checkDatasetBytes } from '../check/check-dataset.ts';
import { DatasetError } from '../dataset-error.ts';
import { messageSlices } from './message-slices.ts';
import { joinPieces, type DatasetPieces } from './read-dataset-bytes.ts';
import type { PreparedDataset } from '../prepare-dataset.ts';
import type { DatasetFrame, WorkerAnswer } from './worker-messages.ts';

const say = (answer: WorkerAnswer) => self.postMessage(answer);

/**
 * The dataset worker: reads, checks and prepares a downloaded dataset away from the page's
 * thread, so a large file never freezes the page, and hands the prepared dataset back in
 * slices (or the error, as plain fields that survive the trip). The slices go as soon as the
 * dataset's structure is checked and it is prepared, so the page reads them while the worker
 * runs the other checks; the page uses them only once "done" says every check has passed.
 */
self.onmessage = async ({ data: { pieces, total } }: MessageEvent<DatasetPieces>) => {
  try {
    let sent = false;
    const send = ({ events }: PreparedDataset) => {
      sent = true;
      for (const slice of messageSlices(events)) say({ type: 'events', events: slice });
    };
    const dataset = await checkDatasetBytes(joinPieces(pieces, total), undefined, send);
    if (!sent) send(dataset);
    // The indexes are rebuilt on arrival (joinDataset): sending them would send every event twice.
    const frame: DatasetFrame = {
      document: dataset.document,
      kinds: dataset.kinds,
      kindIds: dataset.kindIds,
      kindById: dataset.kindById,
      paragraphNumber: dataset.paragraphNumber,
      paragraphPosition: dataset.paragraphPosition,
      paragraphPart: dataset.paragraphPart,
      labels: dataset.labels,
      defaultWindow: dataset.defaultWindow,
    };
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
