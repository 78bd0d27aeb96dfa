import { useEffect, useState, type KeyboardEvent } from 'react';
import { DEFAULT_KINDS } from '../../dataset/default-kinds.ts';
import { useT } from '../../i18n/use-t.ts';
import { DocumentPane, type SelectionAction } from './DocumentPane.tsx';
import { asDraftDataset, type DraftDataset, type DraftKind } from './draft-dataset.ts';
import { DraftPreview } from './DraftPreview.tsx';
import { DraftToolbar } from './DraftToolbar.tsx';
import { EventForm } from './EventForm.tsx';
import { EventPicker } from './EventPicker.tsx';
import { addEvent, addImported, changeEvent, removeEvent } from './event-edits.ts';
import { ImportSpreadsheet } from './ImportSpreadsheet.tsx';
import { useDraft } from '../drafts/use-draft.ts';
import { problemsUnder, type ProblemTarget } from './problem-target.ts';
import { DocumentFields } from './DocumentFields.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { selectorForSelection } from './selection-quote.ts';
import { useChecks } from './use-checks.ts';
import { useDownload } from './use-download.ts';

/** One draft in the editor: its document, its events, the checks and the preview. */
export function DraftEditor({ id }: { id: string }) {
  const { t } = useT();
  const draft = useDraft(id);
  const dataset = asDraftDataset(draft.draft?.dataset);
  const checks = useChecks(draft.draft?.dataset);
  const [open, setOpen] = useState<number>();
  // A new object each time, so asking twice for the same control moves focus twice.
  const [documentOpen, setDocumentOpen] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ control: string }>();
  const download = useDownload(dataset);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.control)?.focus();
  }, [focusTarget]);

  if (draft.status === 'loading') return <p role="status">{t('editor.draft.loading')}</p>;
  if (!dataset) return <p role="alert">{t('editor.draft.missing')}</p>;

  const change = (update: (ds: DraftDataset) => DraftDataset) =>
    draft.change((raw) => {
      const current = asDraftDataset(raw);
      return current ? update(current) : raw;
    });
  const event = open === undefined ? undefined : dataset.events[open];

  const onSelection = (
    action: SelectionAction,
    place: { paragraph: string; start: number; end: number },
  ) => {
    const text = dataset.document.paragraphs.find((p) => p.id === place.paragraph)?.text ?? '';
    const selector = selectorForSelection(text, place.start, place.end);
    if ('refused' in selector) return;
    const source = { paragraph: place.paragraph, ...selector };
    if (action === 'event') {
      change((ds) => addEvent(ds, source, ''));
      setOpen(dataset.events.length);
      setFocusTarget({ control: 'ev-title' });
    } else if (event) {
      change((ds) =>
        changeEvent(ds, event.id, (e) =>
          action === 'quote'
            ? { ...e, sources: [...e.sources, source] }
            : { ...e, dateWording: selector.quote },
        ),
      );
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
    e.preventDefault();
    if (e.shiftKey) draft.redo();
    else draft.undo();
  };
  const goTo = (target: ProblemTarget) => {
    if (target.event !== undefined) setOpen(target.event);
    if (target.document) setDocumentOpen(true);
    setFocusTarget({ control: target.control });
  };
  return (
    <div className="editor-draft" onKeyDown={onKeyDown}>
      <DraftToolbar
        canUndo={draft.canUndo}
        canRedo={draft.canRedo}
        onUndo={draft.undo}
        onRedo={draft.redo}
        onDownload={() => void download.start()}
        saveState={draft.saveState}
        otherTab={draft.otherTab}
        onTakeOther={draft.takeOtherCopy}
        onKeepThis={draft.keepThisCopy}
        onSaveNow={draft.saveNow}
      />
      {download.refused && (
        <div role="alert" className="editor-download-refused">
          <p>{t('editor.download.refused', { count: download.refused.total })}</p>
          <ul>
            {download.refused.problems.slice(0, 10).map((p, i) => (
              <li key={`${p.path}-${i}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="editor-columns">
        <DocumentPane
          paragraphs={dataset.document.paragraphs}
          language={dataset.document.language}
          eventOpen={event !== undefined}
          onSelection={onSelection}
        />
        <div className="editor-side">
          <DocumentFields
            document={dataset.document}
            open={documentOpen}
            onToggle={setDocumentOpen}
            problems={(field) => problemsUnder(checks?.problems ?? [], `document.${field}`)}
            onChange={(update) => change((ds) => ({ ...ds, document: update(ds.document) }))}
          />
          <EventPicker events={dataset.events} open={open} onOpen={setOpen} />
          {event && open !== undefined && (
            <EventForm
              key={open}
              dataset={dataset}
              event={event}
              problems={(field) =>
                problemsUnder(checks?.problems ?? [], `events[${open}].${field}`)
              }
              onChange={(update) => change((ds) => changeEvent(ds, event.id, update))}
              onAddKind={(kind: DraftKind) =>
                change((ds) => ({
                  ...ds,
                  kinds: [...(ds.kinds ?? (DEFAULT_KINDS as DraftKind[])), kind],
                }))
              }
              onDelete={() => {
                change((ds) => removeEvent(ds, event.id));
                setOpen(undefined);
              }}
            />
          )}
          <ImportSpreadsheet
            paragraphs={dataset.document.paragraphs}
            onImport={(events) => change((ds) => addImported(ds, events))}
          />
          <ProblemsPanel problems={checks?.problems} total={checks?.total ?? 0} onGoTo={goTo} />
        </div>
      </div>
      <DraftPreview dataset={checks?.preview} />
    </div>
  );
}
