import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';

/** A dismissable notice about something the user asked for that could not be honoured. */
export function Notice({
  children,
  onDismiss,
  action,
}: {
  children: ReactNode;
  onDismiss: () => void;
  action?: ReactNode;
}) {
  const { t } = useT();
  return (
    <div role="status" className="notice">
      <p dir="auto">{children}</p>
      {action}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
