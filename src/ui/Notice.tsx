import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';

/**
 * A dismissable notice about something the user asked for that could not be honoured. The
 * status region goes in empty and its words a frame later: screen readers announce a change
 * to a live region they already know, not a region inserted with its text.
 */
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
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div role="status" className="notice">
      <p dir="auto">{ready ? children : null}</p>
      {action}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
