import type { TimelineItemSpec } from './to-timeline-items.ts';
import type { TimelineLane } from './timeline-lane.ts';

/**
 * The edge between our item and lane specs and vis-timeline's DataSet rows: engine ids, text
 * content as DOM nodes, and a generic diff by id. Pure apart from creating detached elements.
 */

export interface VisItem {
  id: string;
  group: string;
  type: 'point' | 'range';
  start: Date;
  end?: Date;
  content: HTMLElement;
  className: string;
}

export interface VisGroup {
  id: string;
  content: HTMLElement;
  className: string;
  order: number;
}

/** A lane with its place among the lanes: what a group is made from, and compared by. */
export interface LaneSpec extends TimelineLane {
  order: number;
}

/**
 * vis-timeline keeps items and groups in plain objects keyed by id, so an id such as
 * "constructor" would find Object.prototype's member and crash it. Every id handed to the engine
 * carries a prefix that no built-in property name has; ids coming back lose it.
 */
const ENGINE_PREFIX = '#';
export const toEngineId = (id: string) => `${ENGINE_PREFIX}${id}`;
export const fromEngineId = (id: string | number) => String(id).slice(ENGINE_PREFIX.length);

/** Text goes in as DOM text, never as an HTML string, so the engine's XSS filter never has to act. */
function textContent(className: string, text: string, lang: string | undefined): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  if (lang !== undefined) element.lang = lang;
  element.textContent = text;
  return element;
}

export function toVisItem(spec: TimelineItemSpec): VisItem {
  const content = textContent('item-label', spec.label, spec.lang);
  content.dir = 'auto';
  if (spec.title !== undefined) content.title = spec.title;
  const item: VisItem = {
    id: toEngineId(spec.id),
    group: toEngineId(spec.group),
    type: spec.type,
    start: new Date(spec.start),
    content,
    className: spec.className,
  };
  if (spec.end !== undefined) item.end = new Date(spec.end);
  return item;
}

export function toVisGroup(lane: LaneSpec): VisGroup {
  return {
    id: toEngineId(lane.id),
    content: textContent('lane-label', lane.label, lane.lang),
    className: lane.className,
    order: lane.order,
  };
}

/** The lanes with their order, as groups are compared. */
export const toLaneSpecs = (lanes: readonly TimelineLane[]): LaneSpec[] =>
  lanes.map((lane, order) => ({ ...lane, order }));

/** Whether two specs hold the same values in the same fields (one level deep). */
export function shallowEqual(a: object, b: object): boolean {
  const aKeys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((k) =>
    Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export interface Diff<T> {
  /** Specs that are new or differ in any field from what was drawn. */
  changed: T[];
  /** Ids drawn before and gone now. */
  removed: string[];
  /** What is drawn once the diff is applied: the next diff compares with it. */
  drawn: Map<string, T>;
}

/**
 * What changed between the specs drawn and the next ones, by id and every field: a field added
 * to a spec later is compared without touching this function.
 */
export function diffById<T extends { id: string }>(
  drawn: ReadonlyMap<string, T>,
  next: readonly T[],
): Diff<T> {
  const nextById = new Map(next.map((spec) => [spec.id, spec]));
  const removed = [...drawn.keys()].filter((id) => !nextById.has(id));
  const changed = next.filter((spec) => {
    const before = drawn.get(spec.id);
    return before === undefined || !shallowEqual(before, spec);
  });
  return { changed, removed, drawn: nextById };
}
