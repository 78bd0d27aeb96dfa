/**
 * Writes a dataset of N events for measuring the build: the letter's events repeated under new
 * ids (`<id>-<round>`), every quote still the letter's own, so it validates as the letter does.
 *   npx tsx scripts/repeat-letter.ts 1000 /tmp/letter-1000.json
 *   SITE_DATASET=/tmp/letter-1000.json npx vite build --outDir /tmp/site-1000 --emptyOutDir
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type RawEvent = { id: string; aliases?: unknown };
type RawDataset = { events: RawEvent[] };

/** The letter's events repeated under new ids, up to `count`; former ids kept on the first round only. */
export function repeatEvents<T extends RawDataset>(letter: T, count: number): T {
  const events = Array.from({ length: count }, (_, i) => {
    const event = letter.events[i % letter.events.length];
    if (!event) throw new Error('the letter has no events');
    const round = Math.floor(i / letter.events.length);
    if (round === 0) return event;
    const copy: RawEvent = { ...event, id: `${event.id}-${round}` };
    delete copy.aliases;
    return copy;
  });
  return { ...letter, events };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [count, out] = process.argv.slice(2);
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1 || out === undefined) {
    console.error('usage: tsx scripts/repeat-letter.ts <events> <out.json>');
    process.exit(2);
  }
  const letter = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', 'data', 'events.json'), 'utf8'),
  ) as RawDataset;
  writeFileSync(out, `${JSON.stringify(repeatEvents(letter, n), null, 2)}\n`);
}
