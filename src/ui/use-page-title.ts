import { useEffect } from 'react';
import { useT } from '../i18n/use-t.ts';

/** Names the page after the view that stands in for the story (loading, a failure). */
export function usePageTitle(title: string) {
  const { t } = useT();
  useEffect(() => {
    document.title = t('page.title', { document: title });
  }, [title, t]);
}
