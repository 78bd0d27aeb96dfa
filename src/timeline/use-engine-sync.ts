import { useEffect, type RefObject } from 'react';
import type { TimelineLane } from './timeline-lane.ts';
import { maxHeight } from './timeline-options.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import { diffById, toEngineId, toLaneSpecs, toVisGroup, toVisItem } from './vis-adapter.ts';
import type { Engine } from './use-timeline-engine.ts';

/** Writes a change of lanes and items into the engine's DataSets. Exported for its tests. */
export function syncLanesAndItems(
  engine: Engine,
  lanes: readonly TimelineLane[],
  items: readonly TimelineItemSpec[],
): void {
  const laneDiff = diffById(engine.drawnLanes, toLaneSpecs(lanes));
  const itemDiff = diffById(engine.drawnItems, items);
  // Lanes are added or changed before the items that go in them, and removed after the items
  // have left them; both are updated and removed by id, never rebuilt.
  if (laneDiff.changed.length > 0) engine.groups.update(laneDiff.changed.map(toVisGroup));
  if (itemDiff.removed.length > 0) engine.items.remove(itemDiff.removed.map(toEngineId));
  if (itemDiff.changed.length > 0) engine.items.update(itemDiff.changed.map(toVisItem));
  if (laneDiff.removed.length > 0) engine.groups.remove(laneDiff.removed.map(toEngineId));
  engine.drawnLanes = laneDiff.drawn;
  engine.drawnItems = itemDiff.drawn;
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
    if (engine) syncLanesAndItems(engine, lanes, items);
  }, [engineRef, lanes, items]);

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
