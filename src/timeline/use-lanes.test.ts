import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { letterDataset } from '../test/render-with-providers.tsx';
import { useLanes } from './use-lanes.ts';

const dataset = letterDataset();

describe('useLanes', () => {
  it('draws a lane for each kind of the events shown, in the dataset’s order, and counts the legend', () => {
    const shown = dataset.events.filter((e) => e.kind === dataset.kinds.at(-1)?.id);
    const kind = dataset.kinds.at(-1);
    if (!kind || shown.length === 0) throw new Error('The letter’s last kind has no events');
    const counts = new Map([[kind.id, shown.length]]);
    const { result } = renderHook(() => useLanes(dataset, shown, counts));
    expect(result.current.lanes).toEqual([
      { id: kind.id, label: kind.label, lang: kind.labelLang, className: `kind--${kind.id}` },
    ]);
    expect(result.current.legendKinds.map((k) => [k.id, k.count])).toEqual([
      [kind.id, shown.length],
    ]);
  });

  it('keeps every kind with events when all are shown', () => {
    const { result } = renderHook(() => useLanes(dataset, dataset.events, new Map()));
    const kinds = new Set(dataset.events.map((e) => e.kind));
    expect(result.current.lanes.map((l) => l.id)).toEqual(
      dataset.kinds.filter((k) => kinds.has(k.id)).map((k) => k.id),
    );
    expect(result.current.legendKinds).toEqual([]);
  });
});
