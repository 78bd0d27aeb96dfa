import type { ReactNode } from 'react';

export interface FieldProps {
  /** The control's id: `ev-<field>`, which the problems' "go to" buttons focus. */
  id: string;
  label: string;
  hint?: ReactNode;
  problems?: readonly string[];
  /** The control, given the ids that describe it. */
  children: (describedBy: string | undefined) => ReactNode;
}

/** A labelled control with its hint and the checker's problems beside it. */
export function Field({ id, label, hint, problems = [], children }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      {children(described || undefined)}
      {hint && (
        <p id={`${id}-hint`} className="editor-hint">
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="editor-field-problems">
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
