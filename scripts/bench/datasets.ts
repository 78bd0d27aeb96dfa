/**
 * Seeded synthetic datasets in the Source Timeline format, for the benchmark.
 * The same size and seed always give the same file, byte for byte.
 */
import { EVENT_KINDS, type EventKind } from '../../src/dataset/check/schema.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; plenty for test data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => {
      const value = list[Math.floor(next() * list.length)];
      if (value === undefined) throw new Error('pick from an empty list');
      return value;
    },
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof createRandom>;

const PLACES = [
  'Grozny',
  'Gudermes',
  'Urus-Martan',
  'Shali',
  'Argun',
  'Nazran',
  'Makhachkala',
  'Vladikavkaz',
  'Nalchik',
  'Moscow',
  'Rostov-on-Don',
  'Kurchaloy',
];
const ACTORS = [
  'Local police',
  'Unidentified men',
  'The regional prosecutor',
  'Monitors of the group',
  'A district court',
  'Relatives of the detained',
  'The head of the republic',
  'A federal investigator',
  'Journalists',
  'Residents',
];
const SUBJECTS: Record<EventKind, readonly string[]> = {
  violence: ['Arson attack on', 'Shots fired at', 'Beating reported near', 'House burned in'],
  threat: ['Threats made against', 'Warning delivered to', 'Ultimatum issued to'],
  harassment: ['Search of', 'Surveillance reported at', 'Summons served on', 'Checkpoint stops at'],
  'police-action': ['Detention in', 'Raid on', 'Arrest made in', 'Interrogation held in'],
  'official-statement': ['Statement about', 'Televised remarks on', 'Official denial about'],
  'legal-step': ['Complaint filed about', 'Inquiry opened into', 'Court hearing on'],
  advocacy: ['Appeal published on', 'Monitoring visit to', 'Report released on'],
};
const OBJECTS = [
  'the group office',
  'a family home',
  'the monitors',
  'a lawyer',
  'the press centre',
  'a village council',
  'the staff flat',
  'a local mosque',
  'a market',
  'the youth centre',
];
const WORDS = (
  'the of and to in a that on for was were with by as at from after before their they said ' +
  'group staff office police men officers family house village court lawyer statement report ' +
  'witness night morning evening residents republic investigation complaint detained arrested ' +
  'searched burned threatened warned filed opened released visited published confirmed denied ' +
  'several two three four many later earlier again days weeks local federal regional human ' +
  'rights defenders monitors journalists relatives documents vehicles phones cameras equipment'
).split(' ');

function sentence(random: Random): string {
  const length = random.int(8, 22);
  const words: string[] = [];
  for (let i = 0; i < length; i += 1) words.push(random.pick(WORDS));
  const first = words[0] ?? 'the';
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

function paragraphText(random: Random): string {
  const sentences: string[] = [];
  const count = random.int(3, 6);
  for (let i = 0; i < count; i += 1) sentences.push(sentence(random));
  return sentences.join(' ');
}

/** A run of whole words from the paragraph that occurs once in it: a verbatim quote. */
function quoteFrom(text: string, random: Random): string {
  const words = text.split(' ');
  let length = Math.min(words.length, random.int(6, 14));
  const at = random.int(0, words.length - length);
  let quote = words.slice(at, at + length).join(' ');
  // A run that recurs would need a prefix to pick it: lengthen it until it is unique.
  while (text.indexOf(quote) !== text.lastIndexOf(quote) && at + length < words.length) {
    length += 1;
    quote = words.slice(at, at + length).join(' ');
  }
  return quote;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
function civilDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface SyntheticEvent {
  id: string;
  title: string;
  edtf: string;
  start: string;
  end?: string;
  precision: 'day' | 'days';
  certainty: 'stated';
  kind: EventKind;
  place?: string;
  actors: string[];
  summary?: string;
  sources: { paragraph: string; quote: string }[];
}

export interface SyntheticDataset {
  document: {
    title: string;
    date: string;
    timeZone: string;
    organisations: { name: string }[];
    paragraphs: { id: string; text: string }[];
  };
  events: SyntheticEvent[];
}

/** Where the synthetic record ends: its last events fall in the autumn of 2024. */
const LAST_DAY_MS = Date.UTC(2024, 9, 31);

let actorsPerEvent = 0;
/**
 * From now on, each event names this many actors of its own, none shared with another event
 * (`--actors`: 20,000 events × 100 is the worst case the hostile test found); 0, the default,
 * draws one or two from a short list. The random draws stay the same, so titles and dates do.
 */
export function setActorsPerEvent(count: number): void {
  actorsPerEvent = count;
}
export const actorsSuffix = () => (actorsPerEvent > 0 ? `-a${actorsPerEvent}` : '');

/** One piece of a synthetic dataset, in the order they are made: a paragraph or an event. */
export type SyntheticPart =
  | { paragraph: { id: string; text: string }; event?: undefined }
  | { event: SyntheticEvent; paragraph?: undefined };

/**
 * `size` events over a span of about `size` × 12 hours. The gaps between events are
 * exponential with a mean that changes every few dozen events (from one hour to two days,
 * log-uniform), so quiet years alternate with bursts of many events a day. About one event
 * in eight is a range of a few days and one in three hundred a long background span. The
 * paragraphs and events come one at a time, so a dataset too large to hold can be written out.
 */
export function* syntheticParts(size: number, seed = 20141216): Generator<SyntheticPart> {
  const random = createRandom(seed ^ Math.imul(size, 2_654_435_761));
  const gaps = new Float64Array(size);
  let meanGap = HOUR_MS;
  for (let i = 0; i < size; i += 1) {
    if (i % 40 === 0) meanGap = HOUR_MS * Math.exp(random.next() * Math.log(48));
    gaps[i] = -Math.log(1 - random.next()) * meanGap;
  }
  let span = 0;
  for (const gap of gaps) span += gap;
  let at = LAST_DAY_MS - span;

  let paragraph: { id: string; text: string } | undefined;
  let paragraphCount = 0;
  for (let i = 0; i < size; i += 1) {
    at += gaps[i] ?? 0;
    // About four events quote each paragraph, as in a long report.
    if (i % 4 === 0) {
      paragraphCount += 1;
      paragraph = { id: `p${paragraphCount}`, text: paragraphText(random) };
      yield { paragraph };
    }
    if (!paragraph) throw new Error('no paragraph');

    const kind = random.pick(EVENT_KINDS);
    const place = random.pick(PLACES);
    const title = `${random.pick(SUBJECTS[kind])} ${random.pick(OBJECTS)} in ${place}`;
    const startMs = Math.floor(at / DAY_MS) * DAY_MS;
    const start = civilDay(startMs);
    const event: SyntheticEvent = {
      id: `${slug(title)}-${i.toString(36)}`,
      title,
      edtf: start,
      start,
      precision: 'day',
      certainty: 'stated',
      kind,
      actors: [random.pick(ACTORS)],
      sources: [{ paragraph: paragraph.id, quote: quoteFrom(paragraph.text, random) }],
    };
    const range = random.next();
    if (range < 1 / 8) {
      const days = range < 1 / 300 ? random.int(60, 720) : random.int(1, 9);
      const end = civilDay(startMs + days * DAY_MS);
      event.edtf = `${start}/${end}`;
      event.end = end;
      event.precision = 'days';
    }
    if (random.chance(0.8)) event.place = place;
    if (random.chance(0.3)) event.actors.push(random.pick(ACTORS));
    if (random.chance(0.2)) event.summary = sentence(random);
    if (random.chance(0.15)) {
      // A second passage, unless it drew the first one again (a dataset may not repeat a source).
      const quote = quoteFrom(paragraph.text, random);
      if (quote !== event.sources[0]?.quote) event.sources.push({ paragraph: paragraph.id, quote });
    }
    if (actorsPerEvent > 0) {
      const own = i.toString(36);
      event.actors = Array.from({ length: actorsPerEvent }, (_, j) => `Person ${own}-${j}`);
    }
    yield { event };
  }
}

/** The dataset's document, once its paragraphs and its last date are known. */
export function syntheticDocument(
  size: number,
  last: string,
  paragraphs: { id: string; text: string }[],
): SyntheticDataset['document'] {
  return {
    title: `Synthetic archive of ${size.toLocaleString('en')} events (benchmark)`,
    date: last,
    timeZone: 'Europe/Moscow',
    organisations: [{ name: 'Benchmark' }],
    paragraphs: paragraphs.length > 0 ? paragraphs : [{ id: 'p1', text: 'An empty record.' }],
  };
}

/** The later of a date and an event's last day. */
export const lastDay = (max: string, e: SyntheticEvent) =>
  (e.end ?? e.start) > max ? (e.end ?? e.start) : max;

/** The whole dataset of `size` events (see `syntheticParts`). */
export function syntheticDataset(size: number, seed = 20141216): SyntheticDataset {
  const paragraphs: { id: string; text: string }[] = [];
  const events: SyntheticEvent[] = [];
  for (const part of syntheticParts(size, seed)) {
    if (part.paragraph) paragraphs.push(part.paragraph);
    else events.push(part.event);
  }
  return {
    document: syntheticDocument(size, events.reduce(lastDay, '0000-01-01'), paragraphs),
    events,
  };
}
