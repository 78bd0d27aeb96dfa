import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { numberParagraphs } from '../../dataset/number-paragraphs.ts';
import { useT } from '../../i18n/use-t.ts';
import type { DraftParagraph } from './draft-dataset.ts';
import { moveSelection, readSelection } from './read-selection.ts';

export type SelectionAction = 'event' | 'quote' | 'dateWording';

export interface DocumentPaneProps {
  paragraphs: readonly DraftParagraph[];
  language: string | undefined;
  /** Whether an event is open, to take a further quote or its date's words. */
  eventOpen: boolean;
  onSelection: (
    action: SelectionAction,
    place: { paragraph: string; start: number; end: number },
  ) => void;
}

/** The document's paragraphs as text, numbered as the viewer numbers them. */
const Paragraphs = memo(function Paragraphs({
  paragraphs,
}: {
  paragraphs: readonly DraftParagraph[];
}) {
  const { paragraphNumber } = useMemo(() => numberParagraphs(paragraphs), [paragraphs]);
  return paragraphs.map((p) => (
    <p key={p.id} id={`doc-${p.id}`} data-paragraph={p.id} className="editor-paragraph">
      <span className="editor-paragraph-number" aria-hidden="true">
        {paragraphNumber.get(p.id) ?? ''}
      </span>
      <span data-text="">{p.text}</span>
    </p>
  ));
});

/** The document, its text selectable by mouse or by Shift and the arrows, and what a selection can become. */
export function DocumentPane({ paragraphs, language, eventOpen, onSelection }: DocumentPaneProps) {
  const { t } = useT();
  const id = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const [refusal, setRefusal] = useState<string>();

  const act = (action: SelectionAction) => {
    const root = textRef.current;
    if (!root) return;
    const place = readSelection(root, window.getSelection());
    if ('refused' in place) {
      setRefusal(t(place.refused === 'empty' ? 'editor.select.empty' : 'editor.select.across'));
      return;
    }
    setRefusal(undefined);
    onSelection(action, place);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const root = textRef.current;
    if (!root || event.altKey || event.metaKey) return;
    if (moveSelection(root, event.key, event.shiftKey, event.ctrlKey)) event.preventDefault();
  };
  return (
    <section className="editor-document" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('editor.document.heading')}</h2>
      <div className="editor-selection-actions" role="group" aria-label={t('editor.select.group')}>
        <button type="button" id="new-event" onClick={() => act('event')}>
          {t('editor.select.newEvent')}
        </button>
        <button type="button" disabled={!eventOpen} onClick={() => act('quote')}>
          {t('editor.select.addQuote')}
        </button>
        <button type="button" disabled={!eventOpen} onClick={() => act('dateWording')}>
          {t('editor.select.dateWording')}
        </button>
      </div>
      <p className="editor-hint" id={`${id}-hint`}>
        {t('editor.select.hint')}
      </p>
      <p role="status" className="editor-refusal">
        {refusal}
      </p>
      <div
        ref={textRef}
        id="document-text"
        className="editor-document-text"
        role="region"
        aria-label={t('editor.document.text')}
        aria-describedby={`${id}-hint`}
        tabIndex={0}
        lang={language}
        onKeyDown={onKeyDown}
      >
        <Paragraphs paragraphs={paragraphs} />
      </div>
    </section>
  );
}
