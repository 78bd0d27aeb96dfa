/**
 * Opens the site's storage in a task of its own, while the app's code downloads: the first read
 * of `localStorage` loads it from disk, and that read would otherwise fall in the story's first
 * render (the single-key shortcuts' setting, use-keyboard-shortcuts.ts), the longest part of it
 * on a slow machine.
 */
export function warmStorage(): void {
  setTimeout(() => {
    try {
      void window.localStorage.length;
    } catch {
      // Storage refused (a privacy setting): the setting's own read says so again.
    }
  }, 0);
}
