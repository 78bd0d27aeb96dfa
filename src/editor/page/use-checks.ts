import { useEffect, useRef, useState } from 'react';
import { prepareDataset, type PreparedDataset } from '../../dataset/prepare-dataset.ts';
import { validateDataset, type Problem } from '../../dataset/check/validate-dataset.ts';
import type { CheckAnswer } from './check-messages.ts';

/** How long the draft rests before it is checked: typing is not checked at every key. */
export const CHECK_DELAY_MS = 300;

export interface Checks {
  problems: readonly Problem[];
  total: number;
  /** The draft as readers would see it, from the last draft that passed every check. */
  preview: PreparedDataset | undefined;
}

type Checker = (seq: number, dataset: unknown) => Promise<CheckAnswer>;

/** The checker in a worker where the browser has one; on this thread otherwise. */
function startChecker(): { check: Checker; stop: () => void } {
  const here: Checker = async (seq, dataset) => {
    const result = await validateDataset(dataset);
    return result.ok
      ? { seq, ok: true, dataset: result.dataset }
      : { seq, ok: false, problems: result.problems, total: result.total };
  };
  if (typeof Worker === 'undefined') return { check: here, stop: () => undefined };
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (answer: CheckAnswer) => void>();
  worker.addEventListener('message', ({ data }: MessageEvent<CheckAnswer>) => {
    waiting.get(data.seq)?.(data);
    waiting.delete(data.seq);
  });
  const check: Checker = (seq, dataset) =>
    new Promise((resolve) => {
      waiting.set(seq, resolve);
      worker.postMessage({ seq, dataset });
    });
  return { check, stop: () => worker.terminate() };
}

/** The draft checked by the same checker as `npm run validate`, a moment after each change. */
export function useChecks(dataset: unknown): Checks | undefined {
  const [checks, setChecks] = useState<Checks>();
  const checker = useRef<ReturnType<typeof startChecker>>(undefined);
  const seq = useRef(0);
  useEffect(() => {
    const started = startChecker();
    checker.current = started;
    return () => {
      started.stop();
      checker.current = undefined;
    };
  }, []);
  useEffect(() => {
    if (dataset === undefined) return;
    const timer = window.setTimeout(() => {
      const mine = ++seq.current;
      void checker.current?.check(mine, dataset).then((answer) => {
        if (answer.seq !== seq.current) return;
        setChecks((last) =>
          answer.ok
            ? { problems: [], total: 0, preview: prepareDataset(answer.dataset) }
            : { problems: answer.problems, total: answer.total, preview: last?.preview },
        );
      });
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [dataset]);
  return checks;
}
