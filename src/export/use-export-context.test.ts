import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { letterDataset } from '../test/render-with-providers.tsx';
import { LETTER_SOURCE } from '../dataset/letter-source.ts';
import { useExportContext } from './use-export-context.ts';

const dataset = letterDataset();

describe('useExportContext', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('exports every event, with no filter, when nothing narrows the view', () => {
    const few = dataset.events.slice(0, 2);
    const { result } = renderHook(() =>
      useExportContext(dataset, {}, { events: few, filtering: false }),
    );
    expect(result.current.selection).toEqual({ events: dataset.events, filter: undefined });
  });

  it('exports what the filters keep, with the filter in words and as a link query that opens it', () => {
    const kept = dataset.events.slice(0, 3);
    const state = { q: 'fire', kind: ['violence'], event: 'jmg-office-arson' };
    const { result } = renderHook(() =>
      useExportContext(dataset, state, { events: kept, filtering: true }),
    );
    expect(result.current.selection).toEqual({
      events: kept,
      filter: { description: 'search: "fire"; kind: violence', query: 'q=fire&kind=violence' },
    });
  });

  it("links the source file beside its dataset from any page's folder", () => {
    const home = renderHook(() =>
      useExportContext(dataset, {}, { events: dataset.events, filtering: false }),
    );
    expect(home.result.current.sourceFile?.href).toBe('data/joint-letter-2014-12-16.txt');
    const eventPage = renderHook(() =>
      useExportContext(dataset, {}, { events: dataset.events, filtering: false }, '../../../'),
    );
    expect(eventPage.result.current.sourceFile?.href).toBe(
      '../../../data/joint-letter-2014-12-16.txt',
    );
  });

  it("links the letter's events and the whole letter to their own pages, and another dataset's by query", () => {
    const letter = renderHook(() =>
      useExportContext(dataset, {}, { events: dataset.events, filtering: false }),
    );
    expect(letter.result.current.eventLink('jmg-office-arson')).toBe(
      `${window.location.origin}/event/jmg-office-arson/`,
    );
    const other = renderHook(() =>
      useExportContext(
        dataset,
        { data: 'mine/other.json' },
        { events: dataset.events, filtering: false },
      ),
    );
    // The whole letter is cited at its own page, in the reader's language.
    expect(letter.result.current.documentLink()).toBe(`${window.location.origin}/letter/`);
    const russian = renderHook(() =>
      useExportContext(dataset, { lang: 'ru' }, { events: dataset.events, filtering: false }),
    );
    expect(russian.result.current.documentLink()).toBe(`${window.location.origin}/ru/letter/`);
    // The Russian CSV links each event's Russian page, as Cite does (russian-4 L6).
    expect(russian.result.current.eventLink('jmg-office-arson')).toBe(
      `${window.location.origin}/ru/event/jmg-office-arson/`,
    );
    expect(other.result.current.eventLink('jmg-office-arson')).toBe(
      `${window.location.origin}/?data=mine/other.json&event=jmg-office-arson`,
    );
    expect(other.result.current.documentLink()).toBe(
      `${window.location.origin}/?data=mine/other.json`,
    );
  });

  it("offers another dataset the letter's file and checksum only when its paragraphs are the letter's", () => {
    const state = { data: 'h/events.json' };
    const shown = { events: dataset.events, filtering: false };
    const forged = renderHook(() => useExportContext(dataset, state, shown));
    expect(forged.result.current.sourceFile).toBeUndefined();
    expect(forged.result.current.shortName).toBe('events');
    const same = renderHook(() => useExportContext(dataset, state, shown, '../', true));
    expect(same.result.current.sourceFile).toEqual({
      href: '../data/joint-letter-2014-12-16.txt',
      name: 'joint-letter-2014-12-16.txt',
      sha256: LETTER_SOURCE.sha256,
    });
  });
});
