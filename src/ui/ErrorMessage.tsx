import type { ReactNode } from 'react';

export interface ErrorMessageProps {
  title: string;
  message: string;
  details?: readonly string[];
  action?: ReactNode;
}

/** A failure said in a sentence, with the precise details underneath and a way forward. */
export function ErrorMessage({ title, message, details = [], action }: ErrorMessageProps) {
  const shown = details.slice(0, 20);
  return (
    <div role="alert" className="error-message">
      <h2>{title}</h2>
      <p dir="auto">{message}</p>
      {shown.length > 0 ? (
        <ul className="error-details">
          {shown.map((detail, i) => (
            <li key={i} dir="auto">
              <code>{detail}</code>
            </li>
          ))}
          {details.length > shown.length ? <li>…and {details.length - shown.length} more.</li> : null}
        </ul>
      ) : null}
      {action}
    </div>
  );
}
