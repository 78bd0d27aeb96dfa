import { useEffect, type RefObject } from 'react';
import type { TimelineLane } from './timeline-lane.ts';
import { maxHeight } from './timeline-options.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import { diffById, toEngineId, toLaneSpecs, toVisGroup, toVisItem } from './vis-adapter.ts';
import type { Engine } from './use-timeline-engine.ts';

/**
 * Items written into the engine per task. The engine shows each item in view as it is added or
 * changed and measures it at once (a layout of the page per item), so a whole view's worth in
 * one task is a long task on a slow machine; the rest follow in the next tasks.
 */
export const ITEMS_PER_TASK = 25;

/** Writes the next slice of a change into the engine: at most `limit` items; true once all are written. */
export type WriteSlice = (limit?: number) => boolean;

/**
 * Works out a change of lanes and items against what the engine has drawn, once, and returns
 * the writer of its slices: each call writes at most `limit` added or changed items, the open
 * event's first. A newer change starts again from what the slices so far have written.
 * `diff` is the comparison (its tests count the calls).
 */
export function startSync(
  engine: Engine,
  lanes: readonly TimelineLane[],
  items: readonly TimelineItemSpec[],
  firstId?: string,
  diff: typeof diffById = diffById,
): WriteSlice {
  const laneDiff = diff(engine.drawnLanes, toLaneSpecs(lanes));
  const itemDiff = diff(engine.drawnItems, items);
  const changed = firstWith(itemDiff.changed, firstId);
  let at = 0;
  return (limit = Number.POSITIVE_INFINITY) => {
    const first = at === 0;
    const now = changed.slice(at, at + limit);
    at += now.length;
    const done = at >= changed.length;
    // Lanes are added or changed before the items that go in them, and removed after the items
    // have left them; both are updated and removed by id, never rebuilt.
    if (first && laneDiff.changed.length > 0)
      engine.groups.update(laneDiff.changed.map(toVisGroup));
    if (first && itemDiff.removed.length > 0) engine.items.remove(itemDiff.removed.map(toEngineId));
    if (now.length > 0) engine.items.update(now.map(toVisItem));
    if (done) {
      if (laneDiff.removed.length > 0) engine.groups.remove(laneDiff.removed.map(toEngineId));
      engine.drawnLanes = laneDiff.drawn;
      engine.drawnItems = itemDiff.drawn;
      return true;
    }
    // Until the last slice the engine's record says what is drawn so far, so a newer change
    // compares against it: lanes still holding items stay, items not written yet are absent.
    if (first) {
      const drawnLanes = new Map(laneDiff.drawn);
      for (const id of laneDiff.removed) {
        const lane = engine.drawnLanes.get(id);
        if (lane) drawnLanes.set(id, lane);
      }
      engine.drawnLanes = drawnLanes;
      for (const id of itemDiff.removed) engine.drawnItems.delete(id);
    }
    for (const spec of now) engine.drawnItems.set(spec.id, spec);
    return false;
  };
}

/** Writes a whole change of lanes and items at once (see startSync). */
export function syncLanesAndItems(
  engine: Engine,
  lanes: readonly TimelineLane[],
  items: readonly TimelineItemSpec[],
): void {
  startSync(engine, lanes, items)();
}

/** The list with the item of this id moved to the front (the open event is drawn first). */
function firstWith<T extends { id: string }>(list: readonly T[], id: string | undefined): T[] {
  const at = id === undefined ? -1 : list.findIndex((spec) => spec.id === id);
  if (at <= 0) return [...list];
  const first = list[at] as T;
  return [first, ...list.slice(0, at), ...list.slice(at + 1)];
}

/** Keeps the engine's lanes, items, selection, calendar words and height in step with the props. */
export function useEngineSync(
  engineRef: RefObject<Engine | null>,
  lanes: readonly TimelineLane[],
  items: readonly TimelineItemSpec[],
  selectedId: string | undefined,
  locale: string,
  phone: boolean,
) {
  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const writeSlice = startSync(engine, lanes, items, selectedId);
    const write = () => {
      if (!writeSlice(ITEMS_PER_TASK)) timer = setTimeout(write, 0);
    };
    write();
    return () => clearTimeout(timer);
  }, [engineRef, lanes, items, selectedId]);

  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    const drawn = selectedId !== undefined && engine.drawnItems.has(selectedId);
    engine.timeline.setSelection(drawn ? [toEngineId(selectedId)] : []);
  }, [engineRef, selectedId, items]);

  // The axis's month and day names are moment's; i18n loads a language's with its catalogue.
  useEffect(() => {
    engineRef.current?.timeline.setOptions({ locale });
  }, [engineRef, locale]);

  // A phone turned across the phone width takes the other height.
  useEffect(() => {
    engineRef.current?.timeline.setOptions({ maxHeight: maxHeight(phone) });
  }, [engineRef, phone]);
}
