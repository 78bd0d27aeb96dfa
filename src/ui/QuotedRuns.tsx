/** «…» holding Latin script and no Cyrillic: the letter's English quoted in a Russian sentence. */
const QUOTED_LATIN = /«([^«»\u0400-\u04FF]*[A-Za-z][^«»\u0400-\u04FF]*)»/g;

export interface QuotedRunsProps {
  text: string;
  /** The language of the text around the quotes. */
  lang: string | undefined;
  /** The language of the document the quotes are from. */
  quotesLang: string | undefined;
}

/**
 * A note in the reader's language whose «quoted» English words carry `lang` of their own, so a
 * screen reader speaks them in English. The text itself is unchanged: the marks are in the DOM.
 */
export function QuotedRuns({ text, lang, quotesLang }: QuotedRunsProps) {
  if (quotesLang === undefined || lang === undefined || lang === quotesLang) return <>{text}</>;
  const parts = text.split(QUOTED_LATIN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i}>
            «<span lang={quotesLang}>{part}</span>»
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
