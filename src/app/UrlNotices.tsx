import { useState, type ReactNode } from 'react';
import type { MessageId } from '../i18n/i18n.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useT } from '../i18n/use-t.ts';
import { Notice } from '../ui/Notice.tsx';
import type { UrlNotice, UrlNoticeCode } from '../url-state/url-state.ts';
import { MAX_VALUES } from '../url-state/url-values.ts';
import { FACETS, type FacetRefusal } from '../facets/facets.ts';
import type { FilterNotice } from '../filters/use-story-filters.ts';

/** A notice from the link, or about what the dataset made of it. */
export type AppNotice =
  | UrlNotice
  | FilterNotice
  | { param: 'lang'; code: 'lang-unsupported'; value: string }
  | { param: 'kind'; code: 'colour-too-light'; value: string; requested: string; used: string };

const FACET_MESSAGES = Object.fromEntries(FACETS.map((f) => [f.refused, f.refusedId])) as Record<
  FacetRefusal,
  MessageId
>;

const MESSAGES: Record<UrlNoticeCode | AppNotice['code'], MessageId> = {
  ...FACET_MESSAGES,
  'data-refused': 'notice.dataRefused',
  'lang-invalid': 'notice.langInvalid',
  'lang-unsupported': 'notice.langUnsupported',
  'event-invalid': 'notice.eventInvalid',
  'read-invalid': 'notice.readInvalid',
  'q-unreadable': 'notice.queryUnreadable',
  'q-too-long': 'notice.queryTooLong',
  'too-many-values': 'notice.tooManyValues',
  'window-invalid': 'notice.windowInvalid',
  'window-reversed': 'notice.windowReversed',
  'filter-unknown': 'notice.filterUnknown',
  'colour-too-light': 'notice.colourTooLight',
};

/**
 * A notice's sentence, each value from the link isolated by the DOM (a <bdi>), never by
 * characters, and marked as not to be translated: it is what the link said, in no language.
 */
function NoticeText({ notice, maxQuery }: { notice: AppNotice; maxQuery: number }) {
  const values: Record<string, ReactNode> = {
    facet: notice.param,
    max: maxQuery,
    limit: MAX_VALUES,
  };
  if ('value' in notice && notice.value !== undefined)
    values.value = <bdi translate="no">{notice.value}</bdi>;
  if ('count' in notice && notice.count !== undefined) values.count = notice.count;
  if ('reason' in notice) values.reason = notice.reason ?? 'other';
  if (notice.code === 'colour-too-light') {
    values.requested = <bdi translate="no">{notice.requested}</bdi>;
    values.used = <bdi translate="no">{notice.used}</bdi>;
  }
  return <Msg id={MESSAGES[notice.code]} values={values} />;
}

export interface UrlNoticesProps {
  notices: readonly AppNotice[];
  unknownEvent: string | undefined;
  unknownParagraph: string | undefined;
  onShowAll: () => void;
  /** The longest search text a link keeps, for the notice that says it was cut. */
  maxQuery?: number;
}

/** The most notices shown at once; beyond them, one says how many more there are. */
const MAX_SHOWN = 5;

const keyOf = (n: AppNotice) => `${n.code}:${n.param}:${'value' in n ? (n.value ?? '') : ''}`;

/** Says, dismissably, what a link asked for that could not be honoured. */
export function UrlNotices({
  notices,
  unknownEvent,
  unknownParagraph,
  onShowAll,
  maxQuery = 200,
}: UrlNoticesProps) {
  const { t } = useT();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const all: { key: string; text: ReactNode; showAll?: boolean }[] = notices.map((n) => ({
    key: keyOf(n),
    text: <NoticeText notice={n} maxQuery={maxQuery} />,
  }));
  if (unknownEvent !== undefined) {
    all.push({
      key: `event:${unknownEvent}`,
      text: (
        <Msg
          id="notice.eventUnknown"
          values={{ value: <bdi translate="no">{unknownEvent}</bdi> }}
        />
      ),
      showAll: true,
    });
  }
  if (unknownParagraph !== undefined) {
    all.push({
      key: `read:${unknownParagraph}`,
      text: (
        <Msg
          id="notice.paragraphUnknown"
          values={{ value: <bdi translate="no">{unknownParagraph}</bdi> }}
        />
      ),
    });
  }
  const waiting = all.filter((n) => !dismissed.has(n.key));
  if (waiting.length === 0) return null;
  // A link or a dataset can hold hundreds of values that cannot be used: the first few are
  // said one by one, the rest in one notice whose Dismiss hides them all.
  // The notice that offers a way back to the whole timeline is always among them.
  const ordered =
    waiting.length > MAX_SHOWN
      ? [...waiting.filter((n) => n.showAll), ...waiting.filter((n) => !n.showAll)]
      : waiting;
  const shown = ordered.length > MAX_SHOWN ? ordered.slice(0, MAX_SHOWN - 1) : ordered;
  const rest = ordered.slice(shown.length);
  return (
    <div className="notices">
      {shown.map((n) => (
        <Notice
          key={n.key}
          onDismiss={() => setDismissed(new Set([...dismissed, n.key]))}
          action={
            n.showAll ? (
              <button type="button" onClick={onShowAll}>
                {t('notice.showWholeTimeline')}
              </button>
            ) : undefined
          }
        >
          {n.text}
        </Notice>
      ))}
      {rest.length > 0 ? (
        <Notice
          key="more"
          onDismiss={() => setDismissed(new Set([...dismissed, ...rest.map((n) => n.key)]))}
        >
          <Msg id="notice.more" values={{ count: rest.length }} />
        </Notice>
      ) : null}
    </div>
  );
}
