import { useEffect, useState, type ReactNode } from 'react';

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
        Dismiss
      </button>
    </div>
  );
}
