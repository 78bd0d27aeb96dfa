/**
 * Datasets built in the tests and served by intercepting the data request, so that a
 * journey can load hostile, broken or huge data without any file on disk.
 */

export interface TestEvent {
  id: string;
  title: string;
  edtf: string;
  start: string;
  end?: string;
  precision: string;
  certainty: string;
  kind: string;
  place?: string;
  actors?: string[];
  summary?: string;
  dateWording?: string;
  sources: { paragraph: string; quote: string }[];
  [unknown: string]: unknown;
}

export interface TestDataset {
  document: {
    title: string;
    date: string;
    reference?: string;
    timeZone: string;
    organisations: { name: string; signatory?: string }[];
    paragraphs: { id: string; text: string }[];
    [unknown: string]: unknown;
  };
  events: TestEvent[];
  [unknown: string]: unknown;
}

/** A plain event on one day, quoting `quote` from `paragraph`. */
export function dayEvent(
  id: string,
  day: string,
  title: string,
  paragraph: string,
  quote: string,
): TestEvent {
  return {
    id,
    title,
    edtf: day,
    start: day,
    precision: 'day',
    certainty: 'stated',
    kind: 'violence',
    sources: [{ paragraph, quote }],
  };
}

/** A small valid dataset: two paragraphs, two events. */
export function smallDataset(): TestDataset {
  return {
    document: {
      title: 'A small test letter',
      date: '2014-12-16',
      timeZone: 'Europe/Moscow',
      organisations: [{ name: 'Test Organisation' }],
      paragraphs: [
        { id: 'p1', text: 'On 13 December the office burned down.' },
        { id: 'p2', text: 'On 14 December the staff were detained.' },
      ],
    },
    events: [
      dayEvent('office-fire', '2014-12-13', 'The office burns', 'p1', 'the office burned down'),
      dayEvent(
        'staff-detained',
        '2014-12-14',
        'The staff are detained',
        'p2',
        'the staff were detained',
      ),
    ],
  };
}

// Hostile text. Every payload that would run calls alert(), so a single dialog listener
// catches any of them executing.
const RLO = '\u202E';
const ZWSP = '\u200B';
const ZWJ = '\u200D';

export const HOSTILE = {
  docTitle: `<b onmouseover="alert('doc')">Letter</b> <script>alert('doc')</script> ${RLO}reversed title`,
  docReference: `javascript:alert('reference')`,
  organisation: `<img src=x onerror="alert('org')">Org ${RLO}one`,
  htmlTitle: `<img src=x onerror="alert('title')"><script>alert('title')</script> Arson at the office`,
  htmlPlace: `<svg onload="alert('place')">Grozny</svg>`,
  htmlActor: `<a href="javascript:alert('actor')">Actor</a>`,
  htmlSummary: `<iframe src="javascript:alert('summary')"></iframe> **not bold**`,
  htmlWording: `<b>on the night</b>`,
  htmlQuote: `<img src=x onerror="alert('quote')"> the office <script>alert('quote')</script> burned`,
  bidiTitle: `Report ${RLO}fdp.exe zero${ZWSP}width ${ZWJ}joiner 🔥👩‍👩‍👧 end`,
  bidiPlace: `${RLO}ynzorG`,
  bidiActor: `${RLO}rotca`,
  bidiQuote: `${RLO}evil quote`,
  markdownTitle: `**Bold** [click](javascript:alert('md')) _em_ # Heading`,
  markdownQuote: `[a link](javascript:alert('md'))`,
  javascriptTitle: `javascript:alert('js')`,
  longTitle: `L${'o'.repeat(9_997)}ng`,
  longQuote: `Q${'u'.repeat(9_998)}e`,
} as const;

export const HOSTILE_PARAGRAPHS = {
  p1: `Dear reader, ${HOSTILE.htmlQuote} ${HOSTILE.htmlWording}, on 13 December.`,
  p2: `Before ${HOSTILE.bidiQuote} after${ZWSP} zero-width 🔥 end.`,
  p3: `Start. ${HOSTILE.longQuote} End.`,
  p4: `**not bold** and ${HOSTILE.markdownQuote} and <a href="javascript:alert('a')">anchor</a>.`,
  p5: `An ordinary paragraph about javascript:alert('js') and nothing else.`,
} as const;

/** Every kind of hostile text, in every field that is shown, plus fields the format does not know. */
export function hostileDataset(): TestDataset {
  return {
    version: 99,
    '<script>': 'an unknown top-level field',
    document: {
      title: HOSTILE.docTitle,
      date: '2014-12-16',
      reference: HOSTILE.docReference,
      timeZone: 'Europe/Moscow',
      organisations: [{ name: HOSTILE.organisation, signatory: `<script>alert('sig')</script>` }],
      paragraphs: Object.entries(HOSTILE_PARAGRAPHS).map(([id, text]) => ({
        id,
        text,
        note: '<b>extra</b>',
      })),
      publisher: { name: 'an unknown document field' },
    },
    events: [
      {
        ...dayEvent('html-everywhere', '2014-12-13', HOSTILE.htmlTitle, 'p1', HOSTILE.htmlQuote),
        place: HOSTILE.htmlPlace,
        actors: [HOSTILE.htmlActor, HOSTILE.bidiActor],
        summary: HOSTILE.htmlSummary,
        dateWording: HOSTILE.htmlWording,
        colour: '<style>body{display:none}</style>',
      },
      {
        ...dayEvent('bidi-and-emoji', '2014-12-14', HOSTILE.bidiTitle, 'p2', HOSTILE.bidiQuote),
        place: HOSTILE.bidiPlace,
        kind: 'threat',
      },
      {
        ...dayEvent('very-long', '2014-12-15', HOSTILE.longTitle, 'p3', HOSTILE.longQuote),
        kind: 'harassment',
      },
      {
        ...dayEvent('markdown', '2014-12-16', HOSTILE.markdownTitle, 'p4', HOSTILE.markdownQuote),
        kind: 'advocacy',
      },
      {
        ...dayEvent(
          'javascript-url',
          '2014-12-12',
          HOSTILE.javascriptTitle,
          'p5',
          `javascript:alert('js')`,
        ),
        kind: 'threat',
        place: '',
        summary: '',
        dateWording: '',
        actors: [],
      },
    ],
  };
}
