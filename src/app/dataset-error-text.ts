import { DatasetError } from '../dataset/dataset-error.ts';
import { MAX_DATASET_BYTES } from '../dataset/read-dataset-bytes.ts';
import { DATASET_TIMEOUT_MS } from '../dataset/watchdog.ts';
import type { Translate } from '../i18n/use-t.ts';

/** What follows the code in the server's answer (" Not Found"): its words, which only English shows. */
const statusText = (info: DatasetError['info']) =>
  (info.status ?? '').slice(String(info.statusCode ?? '').length);

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
      return t('error.busy', {
        code: info.statusCode ?? 0,
        statusText: statusText(info),
        seconds: info.seconds ?? 0,
      });
    case 'http':
      return t('error.http', {
        code: info.statusCode ?? 0,
        statusText: statusText(info),
        missing: info.statusCode === 404 ? 'yes' : 'no',
      });
    case 'too-large':
      return info.reason === 'events'
        ? t('error.tooManyEvents', { count: info.count ?? 0, max: info.max ?? 0 })
        : t('error.tooLarge', { megabytes: MAX_DATASET_BYTES / 1024 / 1024 });
    case 'empty':
      return t('error.empty');
    case 'not-json':
      return t('error.notJson', { detail: info.detail ?? '' });
    case 'invalid':
      return t('error.invalid', { count: info.count ?? error.problems.length });
  }
}
