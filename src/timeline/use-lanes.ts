import { useMemo } from 'react';
import { presentKinds } from '../dataset/search/filter-events.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';

/** The timeline's lanes (the kinds of the events shown, in the dataset's order) and the legend's kinds with their counts. */
export function useLanes(
  dataset: PreparedDataset,
  shownEvents: readonly PreparedEvent[],
  kindCounts: ReadonlyMap<string, number>,
) {
  const shownKinds = useMemo(
    () => presentKinds(shownEvents, dataset.kinds.length),
    [shownEvents, dataset.kinds.length],
  );
  const lanes = useMemo(
    () =>
      dataset.kinds
        .filter((k) => shownKinds.has(k.id))
        .map((k) => ({ id: k.id, label: k.label, lang: k.labelLang, className: `kind--${k.id}` })),
    [dataset.kinds, shownKinds],
  );
  const legendKinds = useMemo(
    () =>
      dataset.kinds
        .map((k) => ({ ...k, count: kindCounts.get(k.id) ?? 0 }))
        .filter((k) => k.count > 0),
    [dataset.kinds, kindCounts],
  );
  return { lanes, legendKinds };
}
