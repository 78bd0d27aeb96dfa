import { useEffect } from 'react';

export interface KindStyle {
  id: string;
  color: string;
}

/** Whether the browser can take a stylesheet built in script (never a <style> the page's policy forbids). */
const canAdopt = () =>
  typeof CSSStyleSheet === 'function' &&
  'replaceSync' in CSSStyleSheet.prototype &&
  'adoptedStyleSheets' in document;

/**
 * Gives each kind of the dataset its colour as `--kind-color` on `.kind--<id>` (two hyphens: no class of the app starts so, whatever the id), so the lanes,
 * items, swatches and buttons that carry the class take it. Ids are slugs and colours are
 * checked hex values, so the rules can hold nothing else.
 */
export function useKindStyles(kinds: readonly KindStyle[]) {
  useEffect(() => {
    if (!canAdopt()) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      kinds
        .filter((k) => /^[a-z0-9-]+$/.test(k.id) && /^#[0-9a-f]{6}$/i.test(k.color))
        .map((k) => `.kind--${k.id} { --kind-color: ${k.color}; }`)
        .join('\n'),
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [kinds]);
}
