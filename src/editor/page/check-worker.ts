/// <reference lib="webworker" />
import { validateDataset } from '../../dataset/check/validate-dataset.ts';
import type { CheckAnswer, CheckRequest } from './check-messages.ts';

// The draft's checks, off the page's thread: a 3,000-paragraph document takes the checker
// longer than a keystroke may.
self.addEventListener('message', ({ data }: MessageEvent<CheckRequest>) => {
  void validateDataset(data.dataset).then((result) => {
    const answer: CheckAnswer = result.ok
      ? { seq: data.seq, ok: true, dataset: result.dataset }
      : { seq: data.seq, ok: false, problems: result.problems, total: result.total };
    self.postMessage(answer);
  });
});
