import { useState, type ReactNode } from 'react';
import { Notice } from '../ui/Notice.tsx';
import type { UrlNotice } from '../url-state/url-state.ts';

export interface UrlNoticesProps {
  notices: readonly UrlNotice[];
  unknownEvent: string | undefined;
  unknownParagraph: string | undefined;
  onShowAll: () => void;
}

/** A notice's sentence with the value it quotes isolated by the DOM (a <bdi>), never by characters. */
function noticeText(notice: UrlNotice): ReactNode {
  const quoted = notice.value === undefined ? '' : `"${notice.value}"`;
  const at = quoted === '' ? -1 : notice.message.indexOf(quoted);
  if (at < 0) return notice.message;
  return (
    <>
      {notice.message.slice(0, at)}“<bdi>{notice.value}</bdi>”
      {notice.message.slice(at + quoted.length)}
    </>
  );
}

/** Says, dismissably, what a link asked for that could not be honoured. */
export function UrlNotices({
  notices,
  unknownEvent,
  unknownParagraph,
  onShowAll,
}: UrlNoticesProps) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const all: { key: string; text: ReactNode; showAll?: boolean }[] = notices.map((n) => ({
    key: n.message,
    text: noticeText(n),
  }));
  if (unknownEvent !== undefined) {
    all.push({
      key: `event:${unknownEvent}`,
      text: (
        <>
          The event “<bdi>{unknownEvent}</bdi>” was not found in this dataset.
        </>
      ),
      showAll: true,
    });
  }
  if (unknownParagraph !== undefined) {
    all.push({
      key: `read:${unknownParagraph}`,
      text: (
        <>
          The paragraph “<bdi>{unknownParagraph}</bdi>” was not found in this document.
        </>
      ),
    });
  }
  const shown = all.filter((n) => !dismissed.has(n.key));
  if (shown.length === 0) return null;
  return (
    <div className="notices">
      {shown.map((n) => (
        <Notice
          key={n.key}
          onDismiss={() => setDismissed(new Set([...dismissed, n.key]))}
          action={
            n.showAll ? (
              <button type="button" onClick={onShowAll}>
                Show the whole timeline
              </button>
            ) : undefined
          }
        >
          {n.text}
        </Notice>
      ))}
    </div>
  );
}
