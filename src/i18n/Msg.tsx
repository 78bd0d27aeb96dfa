import { Fragment, useContext, type ReactNode } from 'react';
import { documentWordId, LetterWordsContext } from './document-words.ts';
import { i18n, type MessageId } from './i18n.ts';
import { useLanguage } from './use-t.ts';

/** Stands for a value while the sentence is formatted; no catalogue text contains it. */
const MARK = '\u0000';

/**
 * A message whose values may be elements: `<Msg id="notice.eventUnknown" values={{ value: <bdi>…</bdi> }} />`.
 * The sentence comes from the catalogue and each element takes its place in it, so the words
 * around a value can move as the language needs; text stays text, never HTML.
 */
export function Msg({ id, values = {} }: { id: MessageId; values?: Record<string, ReactNode> }) {
  useLanguage();
  const letter = useContext(LetterWordsContext);
  const plain: Record<string, string | number> = {};
  const elements: ReactNode[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') plain[key] = value;
    else {
      plain[key] = `${MARK}${elements.length}${MARK}`;
      elements.push(value);
    }
  }
  const parts = i18n._(documentWordId(id, letter), plain).split(MARK);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? elements[Number(part)] : part}</Fragment>
      ))}
    </>
  );
}
