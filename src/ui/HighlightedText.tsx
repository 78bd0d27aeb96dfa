import { Fragment } from 'react';
import { matchedRanges } from '../dataset/search/search-text.ts';

/** Text with the words a search matched in <mark>, built as elements, never as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = matchedRanges(text, terms);
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(<Fragment key={`t${i}`}>{text.slice(at, start)}</Fragment>);
    parts.push(
      <mark key={`m${i}`} className="search-match">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
