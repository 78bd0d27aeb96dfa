import { loadSection } from '../i18n/i18n.ts';
import type { Translate } from '../i18n/use-t.ts';
import { loadExportFiles } from './load-export-files.ts';

/**
 * The export code, loaded on first use (with the CSV's words, for the CSV); null, with the
 * failure said in the status, when it cannot be fetched.
 */
export async function loadFiles(setStatus: (status: string) => void, t: Translate, csv = false) {
  setStatus('');
  try {
    const [files] = await Promise.all([loadExportFiles(), csv ? loadSection('csv') : undefined]);
    return files;
  } catch {
    setStatus(t('export.failed'));
    return null;
  }
}
