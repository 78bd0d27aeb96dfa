import { useEffect, useState } from 'react';
import { prepareDataset, type PreparedDataset } from '../../dataset/prepare-dataset.ts';
import { validateDataset, type Problem } from '../../dataset/check/validate-dataset.ts';

/** How long the draft rests before it is checked: typing is not checked at every key. */
export const CHECK_DELAY_MS = 300;

export interface Checks {
  /** The draft that was checked (the checks follow the draft a moment later). */
  checked: unknown;
  problems: readonly Problem[];
  total: number;
  /** The draft as readers would see it, from the last draft that passed every check. */
  preview: PreparedDataset | undefined;
}

/** The draft checked by the same checker as `npm run validate`, a moment after each change. */
export function useChecks(dataset: unknown): Checks | undefined {
  const [checks, setChecks] = useState<Checks>();
  useEffect(() => {
    if (dataset === undefined) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void validateDataset(dataset).then((result) => {
        if (!live) return;
        setChecks((last) =>
          result.ok
            ? { checked: dataset, problems: [], total: 0, preview: prepareDataset(result.dataset) }
            : {
                checked: dataset,
                problems: result.problems,
                total: result.total,
                preview: last?.preview,
              },
        );
      });
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [dataset]);
  return checks;
}
