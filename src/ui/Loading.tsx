import { useT } from '../i18n/use-t.ts';
import { usePageTitle } from './use-page-title.ts';

/** A visible, announced loading state; it holds focus while it stands in for the view. */
export function Loading({ label }: { label: string }) {
  const { t } = useT();
  usePageTitle(t('loading.pageTitle'));
  return (
    <div role="status" className="loading" tabIndex={-1} data-focus-home>
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
