import { useContext, type RefObject } from 'react';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { languageHref, PageSiteContext } from '../url-state/page-location.ts';
import type { Page } from '../url-state/page-path.ts';
import { serializeUrlState, type UrlNotice, type UrlState } from '../url-state/url-state.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import type { DatasetOrigin } from '../reader/format-citation.ts';
import { DatasetOriginNote } from './DatasetOriginNote.tsx';
import { LocalFileNote } from './LazyLocalFileNote.tsx';
import { Masthead } from './Masthead.tsx';
import { UrlNotices } from './UrlNotices.tsx';
import { useStoryNotices } from './use-story-notices.ts';

export interface StoryHeaderProps {
  dataset: PreparedDataset;
  title: { text: string; lang: string | undefined };
  state: UrlState;
  notices: readonly UrlNotice[];
  filterNotices: Parameters<typeof useStoryNotices>[3];
  navigate: Navigate;
  page: Page;
  letterHref: string | undefined;
  /** Where a dataset that is not the site's own came from. */
  origin: DatasetOrigin | undefined;
  refs: {
    aboutRef: RefObject<HTMLAnchorElement | null>;
    readRef: RefObject<HTMLButtonElement | null>;
  };
  /** Whether the event and the paragraph the address names were found. */
  found: { event: boolean; paragraph: boolean };
  onShowAll: () => void;
}

/** The masthead and, under it, what the address asked for that could not be shown. */
export function StoryHeader({ dataset, state, navigate, ...props }: StoryHeaderProps) {
  const doc = dataset.document;
  const site = useContext(PageSiteContext);
  const notices = useStoryNotices(dataset, state, props.notices, props.filterNotices);
  return (
    <>
      <Masthead
        document={doc}
        title={props.title}
        languageHref={(lang) => languageHref(props.page, state, lang, site)}
        onLanguage={(lang) => navigate({ lang })}
        letterHref={props.letterHref}
        onRead={() => navigate({ read: doc.paragraphs[0]?.id, about: undefined })}
        aboutHref={serializeUrlState({ ...state, about: '1' })}
        onAbout={() => navigate({ about: '1' })}
        aboutRef={props.refs.aboutRef}
        readRef={props.refs.readRef}
      />
      {props.origin ? (
        <div className="dataset-origin-area">
          {props.origin.url.startsWith('file:') ? (
            <LocalFileNote fileRef={props.origin.url} />
          ) : (
            <DatasetOriginNote url={props.origin.url} />
          )}
        </div>
      ) : null}
      <UrlNotices
        notices={notices}
        unknownEvent={props.found.event ? undefined : state.event}
        unknownParagraph={props.found.paragraph ? undefined : state.read}
        onShowAll={props.onShowAll}
      />
    </>
  );
}
