import { useState } from 'react';
import { DEFAULT_KINDS } from '../../dataset/default-kinds.ts';
import {
  contrastRatio,
  GRAPHIC_CONTRAST,
  PAGE_BACKGROUND,
  parseHex,
} from '../../dataset/check/color-contrast.ts';
import { useT } from '../../i18n/use-t.ts';
import type { DraftEvent, DraftKind } from './draft-dataset.ts';
import { setField, slugOf } from './event-edits.ts';
import { Field } from './Field.tsx';

export interface KindFieldsProps {
  event: DraftEvent;
  kinds: readonly DraftKind[] | undefined;
  problems: (field: string) => string[];
  onChange: (change: (event: DraftEvent) => DraftEvent) => void;
  /** Adds a kind to the dataset's vocabulary (the default kinds with it, when it had none). */
  onAddKind: (kind: DraftKind) => void;
}

const kindLabel = (kind: DraftKind, language: string) => {
  const translations = kind.translations as Record<string, { label?: string }> | undefined;
  return translations?.[language]?.label ?? kind.label;
};

/** The event's kind from the dataset's vocabulary (or a new one), and why it has it. */
export function KindFields({ event, kinds, problems, onChange, onAddKind }: KindFieldsProps) {
  const { t, language } = useT();
  const [label, setLabel] = useState('');
  const [color, setColor] = useState('#475569');
  const vocabulary = kinds ?? (DEFAULT_KINDS as readonly DraftKind[]);
  const rgb = parseHex(color);
  const page = parseHex(PAGE_BACKGROUND);
  const ratio = rgb && page ? contrastRatio(rgb, page) : 0;
  const readable = ratio >= GRAPHIC_CONTRAST;
  const set = (field: string, value: string) => onChange((e) => setField(e, field, value));
  return (
    <>
      <Field id="ev-kind" label={t('editor.event.kind')} problems={problems('kind')}>
        {(describedBy) => (
          <select
            id="ev-kind"
            value={event.kind}
            aria-describedby={describedBy}
            onChange={(e) => onChange((ev) => ({ ...ev, kind: e.target.value }))}
          >
            <option value="">{t('editor.event.chooseKind')}</option>
            {vocabulary.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kindLabel(kind, language)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <details className="editor-new-kind">
        <summary>{t('editor.kind.new')}</summary>
        <label htmlFor="kind-label">{t('editor.kind.label')}</label>
        <input id="kind-label" value={label} onChange={(e) => setLabel(e.target.value)} />
        <label htmlFor="kind-color">{t('editor.kind.color')}</label>
        <input
          id="kind-color"
          type="color"
          value={color}
          aria-describedby="kind-contrast"
          onChange={(e) => setColor(e.target.value)}
        />
        <p id="kind-contrast" className="editor-hint">
          {t(readable ? 'editor.kind.contrastOk' : 'editor.kind.contrastLow', {
            ratio: ratio.toFixed(1),
          })}
        </p>
        <button
          type="button"
          disabled={!readable || label.trim() === ''}
          onClick={() => {
            const kind = { id: slugOf(label), label: label.trim(), color };
            onAddKind(kind);
            onChange((ev) => ({ ...ev, kind: kind.id }));
            setLabel('');
          }}
        >
          {t('editor.kind.add')}
        </button>
      </details>
      <Field id="ev-kindBasis" label={t('editor.event.kindBasis')} problems={problems('kindBasis')}>
        {(describedBy) => (
          <select
            id="ev-kindBasis"
            value={event.kindBasis ?? ''}
            aria-describedby={describedBy}
            onChange={(e) => set('kindBasis', e.target.value)}
          >
            <option value="">{t('editor.kindBasis.none')}</option>
            <option value="call">{t('editor.kindBasis.call')}</option>
            <option value="letter">{t('editor.kindBasis.letter')}</option>
          </select>
        )}
      </Field>
      {event.kindBasis && (
        <Field id="ev-kindNote" label={t('editor.event.kindNote')} problems={problems('kindNote')}>
          {(describedBy) => (
            <textarea
              id="ev-kindNote"
              rows={2}
              value={event.kindNote ?? ''}
              aria-describedby={describedBy}
              onChange={(e) => set('kindNote', e.target.value)}
            />
          )}
        </Field>
      )}
    </>
  );
}
