// Writes src/app/kind-colours.css from DEFAULT_KINDS: `npx tsx scripts/write-kind-colours.ts`.
import { writeFileSync } from 'node:fs';
import { DEFAULT_KINDS } from '../src/dataset/default-kinds.ts';
import { kindColoursCss } from '../src/ui/kind-colours-css.ts';

const target = new URL('../src/app/kind-colours.css', import.meta.url);
writeFileSync(target, kindColoursCss(DEFAULT_KINDS));
console.log(`Wrote ${target.pathname}`);
