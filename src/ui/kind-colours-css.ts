/**
 * The stylesheet of the kinds' colours, as `src/app/kind-colours.css` holds it for the page's
 * first paint and for browsers that cannot adopt a stylesheet built in script: generated from
 * `DEFAULT_KINDS` by `npx tsx scripts/write-kind-colours.ts`, and checked against it by
 * kind-colours-css.test.ts, so no colour is copied by hand.
 */
export function kindColoursCss(all: readonly { id: string; color?: string | undefined }[]): string {
  const kinds = all.filter((k) => k.color !== undefined);
  const variables = kinds.map((k) => `  --kind-${k.id}: ${k.color};`).join('\n');
  const rules = kinds.map((k) => `.kind--${k.id} {\n  --kind-color: var(--kind-${k.id});\n}`);
  return [
    '/* Generated from DEFAULT_KINDS (src/dataset/default-kinds.ts) by scripts/write-kind-colours.ts. */',
    `:root {\n${variables}\n}`,
    ...rules,
  ]
    .join('\n\n')
    .concat('\n');
}
