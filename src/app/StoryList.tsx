import type { RefObject } from 'react';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { EventList, type EventListHandle } from '../events-list/EventList.tsx';
import { DownloadMenu } from '../export/DownloadMenu.tsx';
import type { useShareLinks } from './use-share-links.ts';
import type { useStoryFilters } from '../filters/use-story-filters.ts';

export interface StoryListProps {
  listRef: RefObject<EventListHandle | null>;
  dataset: PreparedDataset;
  original: PreparedDataset;
  filters: ReturnType<typeof useStoryFilters>;
  selected: PreparedEvent | undefined;
  share: ReturnType<typeof useShareLinks>;
  onSelect: (id: string) => void;
}

/** The events in order, with the page's one Download ("Download data") at its heading. */
export function StoryList({
  listRef,
  dataset,
  original,
  filters,
  share,
  ...props
}: StoryListProps) {
  return (
    <EventList
      ref={listRef}
      events={filters.events}
      total={dataset.events.length}
      filtering={filters.filtering}
      terms={filters.terms}
      kindLabel={(kind) => {
        const found = dataset.kindById.get(kind);
        return { text: found?.label ?? kind, lang: found?.labelLang };
      }}
      selectedId={props.selected?.id}
      onSelect={props.onSelect}
      headingAction={
        <DownloadMenu
          dataset={original}
          shortName={share.exports.shortName}
          selection={share.exports.selection}
          eventLink={share.exports.eventLink}
          viewLink={share.link}
          sourceFile={share.exports.sourceFile}
        />
      }
      onClearFilters={filters.clear}
    />
  );
}
