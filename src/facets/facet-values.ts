// The grammar of the ids a link and a facet name (an event's, a kind's, a paragraph's), and of
// the text a reader may type: below the URL and the dataset, which both read it.

export const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PARAGRAPH_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Text a reader may type: no control characters (a tab or line break reads as a space). */
export const printable = (value: string) =>
  ![...value].some((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0x7f;
  });
