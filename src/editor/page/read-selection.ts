/** Where the reader's selection lies in the document: one paragraph's offsets, or why not. */
export type SelectionPlace =
  { paragraph: string; start: number; end: number } | { refused: 'empty' | 'across-paragraphs' };

const paragraphOf = (node: Node | null): HTMLElement | null =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(
    '[data-paragraph]',
  ) ?? null;

/** The offset in `text` (a paragraph's text element) of a boundary point, clamped to the text. */
function offsetIn(text: HTMLElement, node: Node, offset: number, atStart: boolean): number {
  if (!text.contains(node)) return atStart ? 0 : (text.textContent ?? '').length;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Reads the page's selection inside `root`: each paragraph is an element with `data-paragraph`, its text in `[data-text]`. */
export function readSelection(root: HTMLElement, selection: Selection | null): SelectionPlace {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
    return { refused: 'empty' };
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last || !root.contains(first) || !root.contains(last)) return { refused: 'empty' };
  if (first !== last) return { refused: 'across-paragraphs' };
  const text = first.querySelector<HTMLElement>('[data-text]');
  const id = first.dataset.paragraph;
  if (!text || id === undefined) return { refused: 'empty' };
  const start = offsetIn(text, range.startContainer, range.startOffset, true);
  const end = offsetIn(text, range.endContainer, range.endOffset, false);
  return end > start ? { paragraph: id, start, end } : { refused: 'empty' };
}

/** Moves or extends the selection with the keys a text field uses (arrows, with Shift and Ctrl). */
export function moveSelection(
  root: HTMLElement,
  key: string,
  extend: boolean,
  byWord: boolean,
): boolean {
  const selection = window.getSelection();
  const directions: Record<string, 'forward' | 'backward'> = {
    ArrowRight: 'forward',
    ArrowLeft: 'backward',
    ArrowDown: 'forward',
    ArrowUp: 'backward',
  };
  const direction = directions[key];
  if (!selection || !direction) return false;
  if (selection.rangeCount === 0 || !root.contains(selection.anchorNode)) {
    const text = root.querySelector('[data-text]')?.firstChild;
    if (!text) return false;
    selection.collapse(text, 0);
  }
  const granularity =
    key === 'ArrowUp' || key === 'ArrowDown' ? 'line' : byWord ? 'word' : 'character';
  selection.modify(extend ? 'extend' : 'move', direction, granularity);
  return true;
}
