import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { useStoryNotices } from './use-story-notices.ts';

describe('useStoryNotices', () => {
  it("quotes a too-light kind's label with its control characters written out", () => {
    const dataset = prepareDataset({
      ...makeDataset([makeEvent({ kind: 'pale' })]),
      kinds: [{ id: 'pale', label: 'Kind \u202Egnp.exe', color: '#fff' }],
    });
    const { result } = renderHook(() => useStoryNotices(dataset, {}, [], []));
    expect(result.current).toEqual([
      expect.objectContaining({ code: 'colour-too-light', value: 'Kind \\u202Egnp.exe' }),
    ]);
  });
});
