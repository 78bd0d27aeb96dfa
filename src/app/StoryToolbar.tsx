import { FilterBar, type FilterBarProps } from '../filters/FilterBar.tsx';
import { FiltersDisclosure } from '../filters/FiltersDisclosure.tsx';
import type { CommandActions } from '../timeline/commands.ts';
import { ShortcutsHelp } from '../timeline/ShortcutsHelp.tsx';
import { TimelineControls } from '../timeline/TimelineControls.tsx';
import type { useStoryFilters } from '../filters/use-story-filters.ts';

export interface StoryToolbarProps {
  filters: ReturnType<typeof useStoryFilters>;
  /** The language of the dataset's actors and places. */
  valuesLang: string | undefined;
  /** A choice's name in the reader's language, by facet (see facet-choice-name.ts). */
  labelOf?: FilterBarProps['labelOf'];
  actions: CommandActions;
  shortcuts: boolean;
  onShortcutsChange: (on: boolean) => void;
}

/** One row above the timeline: search and filters, then the commands and the shortcut help. */
export function StoryToolbar({ filters, valuesLang, ...props }: StoryToolbarProps) {
  return (
    <div className="timeline-bar">
      <FiltersDisclosure active={filters.active} status={filters.status}>
        <FilterBar
          query={filters.draft}
          onQueryChange={filters.setDraft}
          onSearchFocus={filters.prepare}
          searchNote={filters.searchNote}
          choices={filters.choices}
          chosen={filters.chosen}
          onToggle={filters.toggle}
          filtering={filters.filtering}
          onClear={filters.clear}
          valuesLang={valuesLang}
          labelOf={props.labelOf}
        />
      </FiltersDisclosure>
      <TimelineControls actions={props.actions} shortcuts={props.shortcuts}>
        <ShortcutsHelp shortcuts={props.shortcuts} onShortcutsChange={props.onShortcutsChange} />
      </TimelineControls>
    </div>
  );
}
