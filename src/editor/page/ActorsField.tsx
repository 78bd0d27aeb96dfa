import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';

export interface ActorsFieldProps {
  actors: readonly string[];
  /** The actors the draft's other events name, to pick from. */
  known: readonly string[];
  problems: readonly string[];
  onChange: (actors: string[]) => void;
}

/** The event's actors: each with a way to remove it, and one to add, picked from those known or typed anew. */
export function ActorsField({ actors, known, problems, onChange }: ActorsFieldProps) {
  const { t } = useT();
  const [name, setName] = useState('');
  const add = () => {
    const actor = name.trim();
    if (actor === '' || actors.includes(actor)) return;
    onChange([...actors, actor]);
    setName('');
  };
  return (
    <fieldset className="editor-actors">
      <legend>{t('editor.event.actors')}</legend>
      {actors.length > 0 && (
        <ul>
          {actors.map((actor) => (
            <li key={actor}>
              {actor}{' '}
              <button
                type="button"
                aria-label={t('editor.actors.remove', { actor })}
                onClick={() => onChange(actors.filter((a) => a !== actor))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor="ev-actors">{t('editor.actors.add')}</label>
      <div className="editor-actors-add">
        <input
          id="ev-actors"
          list="ev-known-actors"
          value={name}
          aria-describedby={problems.length > 0 ? 'ev-actors-problems' : 'ev-actors-hint'}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add}>
          {t('editor.actors.addButton')}
        </button>
      </div>
      <datalist id="ev-known-actors">
        {known
          .filter((a) => !actors.includes(a))
          .map((a) => (
            <option key={a} value={a} />
          ))}
      </datalist>
      <p id="ev-actors-hint" className="editor-hint">
        {t('editor.event.actorsHint')}
      </p>
      {problems.length > 0 && (
        <ul id="ev-actors-problems" className="editor-field-problems">
          {problems.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
