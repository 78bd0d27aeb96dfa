import { useMemo } from 'react';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { isLanguage, primary } from '../i18n/languages.ts';
import { escapeControls } from '../text/plain-text.ts';
import type { UrlNotice, UrlState } from '../url-state/url-state.ts';
import type { AppNotice } from './UrlNotices.tsx';

/** Everything the reader is told about the view: the link's notices, the language, the filters', the kinds' colours. */
export function useStoryNotices(
  dataset: PreparedDataset,
  state: UrlState,
  linkNotices: readonly UrlNotice[],
  filterNotices: readonly AppNotice[],
): AppNotice[] {
  return useMemo(() => {
    const colours = dataset.kinds.flatMap((k): AppNotice[] =>
      k.requestedColor === undefined
        ? []
        : [
            {
              param: 'kind',
              code: 'colour-too-light',
              // Quoted as notices quote values: its control characters written out.
              value: escapeControls(k.label),
              requested: k.requestedColor,
              used: k.color,
            },
          ],
    );
    const lang: AppNotice[] =
      state.lang !== undefined && !isLanguage(primary(state.lang))
        ? [{ param: 'lang', code: 'lang-unsupported', value: state.lang }]
        : [];
    return [...linkNotices, ...lang, ...filterNotices, ...colours];
  }, [linkNotices, filterNotices, dataset.kinds, state.lang]);
}
