import { useEffect } from 'react';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { Translate } from '../i18n/use-t.ts';
import { plainField } from '../text/plain-text.ts';

/** Which view the page shows, for its title. */
export type TitledView = 'about' | 'letter' | 'event' | 'home';

/**
 * The tab's title names the view: the open event, the letter, About, or the timeline. Fields
 * are plain (unsafe characters become spaces) with no invisible bidi isolates, which some
 * synthesizers and braille tables render; the page's own text isolates in the DOM instead.
 */
export function useDocumentTitle(
  view: TitledView,
  documentTitle: string,
  selected: PreparedEvent | undefined,
  t: Translate,
) {
  useEffect(() => {
    const doc = plainField(documentTitle);
    document.title =
      view === 'about'
        ? t('page.aboutTitle', { document: doc })
        : view === 'letter'
          ? t('page.letterTitle', { document: doc })
          : view === 'event' && selected
            ? t('page.eventTitle', { event: plainField(selected.title), document: doc })
            : t('page.title', { document: doc });
  }, [view, documentTitle, selected, t]);
}
