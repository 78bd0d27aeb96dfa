type ExportFiles = typeof import('./export-files.ts');

let loading: Promise<ExportFiles> | undefined;

/**
 * The export formats, downloaded on first use and kept: only readers who cite or export pay
 * for them.
 * A failed download (offline) is forgotten, so the next attempt tries again.
 */
export function loadExportFiles(): Promise<ExportFiles> {
  loading ??= import('./export-files.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Starts the download early, when the reader is about to open a menu. */
export function preloadExportFiles(): void {
  loadExportFiles().catch(() => undefined);
}
