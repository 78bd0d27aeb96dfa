import { DatasetError } from '../dataset/dataset-error.ts';
import { MAX_DATASET_BYTES } from '../dataset/load/read-dataset-bytes.ts';
import { DATASET_TIMEOUT_MS } from '../dataset/load/watchdog.ts';
import type { Translate } from '../i18n/use-t.ts';

/**
 * What a status code means, in the app's own words: the server's reason phrase ("Not Found") is
 * its words, which may say anything, and never appears in the app's voice.
 */
function meaning(code: number | undefined): string {
  if (code === 404) return 'missing';
  if (code === 401) return 'login';
  if (code === 403) return 'forbidden';
  if (code === 410) return 'gone';
  if (code === 451) return 'legal';
  // Reached only when the server's Retry-After could not be read: still a busy server.
  if (code === 429) return 'busy';
  if (code === 503) return 'unavailable';
  if (code !== undefined && code >= 400 && code <= 499) return 'refused';
  return code !== undefined && code >= 500 && code <= 599 ? 'server' : 'other';
}

/**
 * A busy server's wait in the words it used: seconds as seconds (under two minutes), a date or a
 * longer wait as about so many minutes, and a wait over the app's hour as just that.
 */
function busyWait(info: DatasetError['info']): { unit: string; amount: number } {
  const seconds = info.seconds ?? 0;
  if (info.reason === 'capped') return { unit: 'capped', amount: 60 };
  if (info.reason !== 'date' && seconds < 120) return { unit: 'seconds', amount: seconds };
  return { unit: 'minutes', amount: Math.max(1, Math.round(seconds / 60)) };
}

/** A failed load said in the interface's language, from the error's kind and values. */
export function datasetErrorText(error: Error, t: Translate): string {
  if (!(error instanceof DatasetError)) return t('error.unexpected', { detail: error.message });
  const { info } = error;
  switch (error.kind) {
    case 'offline':
      return t('error.offline');
    case 'refused':
      return t('error.refused');
    case 'network':
      return info.reason === 'interrupted' ? t('error.interrupted') : t('error.network');
    case 'timeout':
      return info.reason === 'too-slow'
        ? t('error.tooSlow')
        : t('error.noAnswer', { seconds: DATASET_TIMEOUT_MS / 1000 });
    case 'busy':
      return t('error.busy', { code: info.statusCode ?? 0, ...busyWait(info) });
    case 'http':
      return t('error.http', {
        code: info.statusCode ?? 0,
        meaning: meaning(info.statusCode),
      });
    case 'too-large':
      return info.reason === 'events'
        ? t('error.tooManyEvents', { count: info.count ?? 0, max: info.max ?? 0 })
        : t('error.tooLarge', { megabytes: MAX_DATASET_BYTES / 1024 / 1024 });
    case 'empty':
      return t('error.empty');
    case 'not-json':
      return t('error.notJson', {
        kind:
          info.detail === 'truncated' || info.detail === 'malformed' || info.detail === 'encoding'
            ? info.detail
            : 'text',
      });
    case 'no-file':
      return t('error.noFile');
    case 'invalid':
      return t('error.invalid', { count: info.count ?? error.problems.length });
  }
}
