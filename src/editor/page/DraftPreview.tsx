import { useMemo, useState } from 'react';
import { fitWindow } from '../../dataset/fit-window.ts';
import type { PreparedDataset } from '../../dataset/prepare-dataset.ts';
import { EventList } from '../../events-list/EventList.tsx';
import { useDateWords } from '../../i18n/use-date-words.ts';
import { useT } from '../../i18n/use-t.ts';
import { EventTimeline } from '../../timeline/EventTimeline.tsx';
import { toTimelineItems } from '../../timeline/to-timeline-items.ts';
import { useLanes } from '../../timeline/use-lanes.ts';
import { useKindStyles } from '../../ui/use-kind-styles.ts';

/** The draft as readers will see it: the viewer's own timeline and list, read-only. */
export function DraftPreview({ dataset }: { dataset: PreparedDataset | undefined }) {
  const { t } = useT();
  return (
    <section className="editor-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('editor.preview.heading')}</h2>
      {dataset ? <PreviewOf dataset={dataset} /> : <p>{t('editor.preview.none')}</p>}
    </section>
  );
}

function PreviewOf({ dataset }: { dataset: PreparedDataset }) {
  const { t, language } = useT();
  const dates = useDateWords();
  const [selected, setSelected] = useState<string>();
  const view = useMemo(() => fitWindow(dataset.events), [dataset.events]);
  const [shown, setShown] = useState(view);
  const items = useMemo(
    () => toTimelineItems(dataset.events, shown, selected, dates.number),
    [dataset.events, shown, selected, dates.number],
  );
  const counts = useMemo(() => {
    const byKind = new Map<string, number>();
    for (const e of dataset.events) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    return byKind;
  }, [dataset.events]);
  const { lanes } = useLanes(dataset, dataset.events, counts);
  useKindStyles(dataset.kinds);
  return (
    <>
      <div className="editor-preview-timeline" aria-label={t('timeline.heading')} role="region">
        <EventTimeline
          // A new set of events is drawn in a view that fits them.
          key={`${dataset.events.length}-${view.start}-${view.end}`}
          lanes={lanes}
          items={items}
          selectedId={selected}
          view={view}
          onSelect={(id) => setSelected(id ?? undefined)}
          onOpenCluster={setShown}
          onViewChange={(next, settled) => settled && setShown(next)}
          locale={language}
        />
      </div>
      <EventList
        events={dataset.events}
        total={dataset.events.length}
        filtering={false}
        terms={[]}
        kindLabel={(kind) => {
          const found = dataset.kindById.get(kind);
          return { text: found?.label ?? kind, lang: found?.labelLang };
        }}
        selectedId={selected}
        onSelect={setSelected}
        onClearFilters={() => undefined}
      />
    </>
  );
}
