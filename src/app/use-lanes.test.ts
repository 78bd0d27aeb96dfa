import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { useLanes } from './use-lanes.ts';

const KINDS = [
  { id: 'violence', label: 'Violence', color: '#b3261e' },
  { id: 'threat', label: 'Threat', color: '#7a4b00' },
  { id: 'legal', label: 'Legal step', color: '#1d4f91' },
];
const dataset = prepareDataset({
  ...makeDataset([
    makeEvent({ id: 'a', kind: 'legal' }),
    makeEvent({ id: 'b', kind: 'violence' }),
    makeEvent({ id: 'c', kind: 'legal' }),
  ]),
  kinds: KINDS,
});
const events = (...ids: string[]) => ids.map((id) => dataset.byId.get(id)).filter((e) => !!e);

describe('useLanes', () => {
  it("gives a lane to each kind of the events shown, in the dataset's order of kinds", () => {
    const { result } = renderHook(() => useLanes(dataset, events('a', 'b', 'c'), new Map()));
    expect(result.current.lanes).toMatchObject([
      { id: 'violence', label: 'Violence', className: 'kind--violence' },
      { id: 'legal', label: 'Legal step', className: 'kind--legal' },
    ]);
  });

  it('drops the lane of a kind the filters hide, and keeps the lanes when nothing is shown', () => {
    const { result, rerender } = renderHook(({ shown }) => useLanes(dataset, shown, new Map()), {
      initialProps: { shown: events('a', 'c') },
    });
    expect(result.current.lanes.map((l) => l.id)).toEqual(['legal']);
    rerender({ shown: [] });
    expect(result.current.lanes).toEqual([]);
  });

  it('lists in the legend the kinds with events, with their counts, in order; none without', () => {
    const counts = new Map([
      ['legal', 2],
      ['violence', 1],
      ['threat', 0],
    ]);
    const { result } = renderHook(() => useLanes(dataset, events('a'), counts));
    expect(result.current.legendKinds.map((k) => [k.id, k.count, k.label])).toEqual([
      ['violence', 1, 'Violence'],
      ['legal', 2, 'Legal step'],
    ]);
  });
});
