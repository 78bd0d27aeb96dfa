/**
 * The body paragraphs numbered as a reader counts them (lines marked `numbered: false` are
 * skipped, and called heading or closing by where they stand); every paragraph's position.
 */
export function numberParagraphs(paragraphs: readonly { id: string; numbered?: boolean }[]) {
  const paragraphNumber = new Map<string, number>();
  const paragraphPosition = new Map<string, number>();
  const paragraphPart = new Map<string, 'heading' | 'closing'>();
  paragraphs.forEach((p, i) => {
    if (paragraphPosition.has(p.id)) return;
    paragraphPosition.set(p.id, i + 1);
    if (p.numbered === false)
      paragraphPart.set(p.id, paragraphNumber.size === 0 ? 'heading' : 'closing');
    else paragraphNumber.set(p.id, paragraphNumber.size + 1);
  });
  return { paragraphNumber, paragraphPosition, paragraphPart };
}
