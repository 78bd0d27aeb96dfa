/**
 * Scrolls a scrollable panel so that `target` is near its top, without scrolling the page
 * (scrollIntoView would also move the page and hide the timeline).
 */
export function scrollWithin(container: HTMLElement, target: HTMLElement, margin = 8): void {
  const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top;
  container.scrollTop += offset - margin;
}
