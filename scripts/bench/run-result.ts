/** What one run of one page at one size records, and the options every measure reads. */
import { dataPath } from './build-site.ts';

export type PageKind = 'app' | 'bare';

export interface MeasureOptions {
  /** The cap on the load, and on each step of the interaction, in milliseconds. */
  timeoutMs: number;
  /** How long the page must stay quiet (no DOM change, no long task) to count as settled. */
  quietMs: number;
  /**
   * Up to this size the bare page is zoomed and panned too; above it only its load is
   * measured. With default options it stacks every item (27,000 elements at 10,000 events), and
   * a pan then takes minutes on this machine: no target compares against it.
   */
  bareInteractionsUpTo: number;
}

/** No long task for this long after the first item: the page is idle. */
export const IDLE_WINDOW_MS = 500;

export interface StepResult {
  /** Input to the frame after the last change anywhere in the page (the step has settled). */
  ms: number;
  /** Input to the frame after the last change of the visible result (see step-times.ts). */
  shownMs: number;
  longTaskMs: number;
  longestTaskMs: number;
}

export interface RunResult {
  page: PageKind;
  size: number;
  run: number;
  status: 'ok' | 'timeout' | 'error';
  /** The machine's one-minute load average when the run started (other work slows runs down). */
  loadAverage?: number;
  /** Where a timeout or error happened. */
  phase?: 'load' | 'idle' | 'heap' | 'zoom' | 'pan' | 'search' | 'filter' | 'zoom-out' | 'open';
  error?: string;
  firstItemMs?: number;
  /** The first event's words visible (measured up to 1,000 events). */
  wordsMs?: number;
  /**
   * The letter (runs at 16 events): the app's own page (prerendered, its dataset in the page),
   * or the bare page with the letter's events; words and first item.
   */
  homeWordsMs?: number;
  homeFirstItemMs?: number;
  idleMs?: number;
  loadLongTaskMs?: number;
  loadLongestTaskMs?: number;
  heapMB?: number;
  codeKB?: number;
  dataKB?: number;
  htmlKB?: number;
  /** When the data request started and ended, and when the last script arrived (ms). */
  dataRequestMs?: number;
  dataResponseEndMs?: number;
  codeResponseEndMs?: number;
  zoomMs?: number;
  zoomLongTaskMs?: number;
  zoomLongestTaskMs?: number;
  zoomStepsMs?: number[];
  panMs?: number;
  panLongTaskMs?: number;
  panLongestTaskMs?: number;
  searchMs?: number;
  searchLongestTaskMs?: number;
  searchStepsMs?: number[];
  /** The slowest keystroke of the search, input to the result on screen (list and timeline). */
  searchKeyMs?: number;
  /** The slowest keystroke, input to the page settled (the hidden polite status included). */
  searchKeySettledMs?: number;
  filterMs?: number;
  /** The slower of the filter's press and release, input to the result on screen. */
  filterStepMs?: number;
  /** The slower of the two, input to the page settled (the hidden polite status included). */
  filterStepSettledMs?: number;
  filterLongestTaskMs?: number;
  /** Three "Zoom out" clicks after the filter. */
  zoomOutMs?: number;
  zoomOutLongestTaskMs?: number;
  /** A click on the list's first entry, to its panel settled. */
  openMs?: number;
  openLongestTaskMs?: number;
  /** The longest task of any step of the run (load and every interaction). */
  longestTaskMs?: number;
  /** The letter's own page in the same run: its longest task while loading. */
  homeLongestTaskMs?: number;
  /** longestTaskMs over homeLongestTaskMs: the same machine's load weighs on both. */
  longestTaskRatio?: number;
}

export function pageUrl(origin: string, kind: PageKind, size: number): string {
  const data = encodeURIComponent(dataPath(size)).replace(/%2F/g, '/');
  return kind === 'app' ? `${origin}/?data=${data}` : `${origin}/bench-bare/?data=${data}`;
}
