/**
 * What the benchmark installs in every page before the page's own scripts run. It is a
 * string, not a function, so that nothing the TypeScript loader adds to functions leaks
 * into the page. Times are performance.now() values: milliseconds since navigation start.
 */
export const PROBE_SCRIPT = String.raw`(() => {
  const probe = {
    firstItemAt: null,
    wordsAt: null,
    alertAt: null,
    alertText: null,
    longTasks: [],
    longTaskError: null,
    watching: false,
    inputAt: null,
    lastMutationAt: 0,
    lastShownAt: 0,
    frames: [],
  };
  window.__bench = probe;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    probe.longTaskError = String(error);
  }

  // The first timeline item a reader can see: not hidden (vis-timeline keeps itself
  // visibility:hidden until its first complete draw), laid out and inside the viewport. Every
  // item is looked at, not the first few: with default options the engine stacks all items in
  // one container as tall as the stack (150,000 px at 10,000 items), and the items it creates
  // first sit at its foot, far below the viewport, while those a reader sees are at the top.
  // Cheap checks first (the layout a frame needs anyway, then a box), visibility last, so
  // polling every frame costs little on a busy page.
  const items = document.getElementsByClassName('vis-item');
  const inViewport = (box) =>
    box.width > 0 && box.height > 0 &&
    box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  const shown = (element) =>
    inViewport(element.getBoundingClientRect()) &&
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const poll = () => {
    for (let i = 0; i < items.length; i += 1) {
      if (shown(items[i])) {
        probe.firstItemAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // The first event's words (window.__benchWords, set before this script) where a reader can
  // see them: in the list, the panel or the timeline, drawn by script or in the page's HTML.
  const pollWords = () => {
    const words = window.__benchWords;
    if (typeof words !== 'string' || !document.body) {
      if (typeof words === 'string') requestAnimationFrame(pollWords);
      return;
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.includes(words) && node.parentElement && shown(node.parentElement)) {
        probe.wordsAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(pollWords);
  };
  requestAnimationFrame(pollWords);

  // The first alert a reader can see (a dataset refused, say), with its words: looked for only
  // where window.__benchAlert is set before this script, so other runs pay nothing for it.
  const pollAlert = () => {
    for (const alert of document.querySelectorAll('[role="alert"]')) {
      if (alert.textContent.trim() !== '' && shown(alert)) {
        probe.alertAt = performance.now();
        probe.alertText = alert.textContent;
        return;
      }
    }
    requestAnimationFrame(pollAlert);
  };
  if (window.__benchAlert === true) requestAnimationFrame(pollAlert);

  // An interaction: from the input event's time stamp until the page stops changing. Not
  // changes: an attribute set to the value it had, a node added and removed in one go (the
  // engine's scrollbar measurement), and the current-time bar, which moves every second.
  // Each change's element, with the time of its latest change, until the next frame looks at it.
  const pending = new Map();
  const changedElements = (records, at) => {
    const added = new Set();
    for (const record of records) for (const node of record.addedNodes) added.add(node);
    let any = false;
    for (const record of records) {
      const element = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      if (element && element.closest('.vis-current-time')) continue;
      if (record.type === 'attributes') {
        if (record.target.getAttribute(record.attributeName) === record.oldValue) continue;
      } else if (record.type === 'childList') {
        const real = [...record.addedNodes].some((node) => node.isConnected) ||
          [...record.removedNodes].some((node) => !added.has(node));
        if (!real) continue;
      }
      any = true;
      if (element) pending.set(element, at);
    }
    return any;
  };
  const mutations = new MutationObserver((records) => {
    const at = performance.now();
    if (changedElements(records, at)) probe.lastMutationAt = at;
  });
  // The result a sighted reader sees: the event list (with its count) and the timeline. A
  // change there is on screen when its element is inside the viewport, visible, and not inside
  // an element clipped to a pixel or less (the visually-hidden pattern of the live regions).
  const RESULT = '.event-list, .vis-timeline';
  const clippedAway = (element) => {
    for (let at = element; at && at !== document.body; at = at.parentElement) {
      const box = at.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1 && getComputedStyle(at).overflow !== 'visible') return true;
    }
    return false;
  };
  const onScreen = (element) =>
    element.isConnected && element.closest(RESULT) !== null && shown(element) && !clippedAway(element);
  const lookAtChanges = () => {
    for (const [element, at] of pending) {
      if (at > probe.lastShownAt && onScreen(element)) probe.lastShownAt = at;
    }
    pending.clear();
  };
  const onInput = (event) => {
    if (probe.watching && probe.inputAt === null) probe.inputAt = event.timeStamp;
  };
  addEventListener('pointerdown', onInput, true);
  addEventListener('keydown', onInput, true);
  const frame = () => {
    if (!probe.watching) return;
    probe.frames.push(performance.now());
    // Before the frame's own layout, so looking costs no extra layout.
    lookAtChanges();
    requestAnimationFrame(frame);
  };
  probe.arm = () => {
    probe.watching = true;
    probe.inputAt = null;
    probe.lastMutationAt = 0;
    probe.lastShownAt = 0;
    pending.clear();
    probe.frames = [];
    mutations.observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
    requestAnimationFrame(frame);
  };
  probe.disarm = () => {
    probe.watching = false;
    mutations.disconnect();
  };
  probe.interaction = () => ({
    now: performance.now(),
    inputAt: probe.inputAt,
    lastMutationAt: probe.lastMutationAt,
    lastShownAt: probe.lastShownAt,
    frames: probe.frames.slice(-600),
    longTasks: probe.inputAt === null ? [] : probe.longTasks.filter(([start, duration]) => start + duration > probe.inputAt),
  });
  probe.load = () => ({
    now: performance.now(),
    firstItemAt: probe.firstItemAt,
    wordsAt: probe.wordsAt,
    alertAt: probe.alertAt,
    alertText: probe.alertText,
    longTasks: probe.longTasks.slice(),
    longTaskError: probe.longTaskError,
  });
})();`;

export interface LoadProbe {
  now: number;
  firstItemAt: number | null;
  wordsAt: number | null;
  alertAt: number | null;
  alertText: string | null;
  longTasks: [number, number][];
  longTaskError: string | null;
}

export interface InteractionProbe {
  now: number;
  inputAt: number | null;
  lastMutationAt: number;
  /** The latest change on screen in the list or the timeline (0 for none since arming). */
  lastShownAt: number;
  frames: number[];
  longTasks: [number, number][];
}

/** The page-side calls, as strings for the same reason as the script. */
export const READ_LOAD = 'window.__bench.load()';
export const READ_INTERACTION = 'window.__bench.interaction()';
export const ARM = 'window.__bench.arm()';
export const DISARM = 'window.__bench.disarm()';
