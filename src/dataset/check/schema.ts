import * as z from 'zod/mini';
import {
  civilDate,
  eventId,
  label,
  languageTag,
  optionalString,
  text,
  translations,
} from './schema-fields.ts';
import {
  CERTAINTIES,
  PRECISIONS,
  type Certainty,
  type Precision,
} from '../../dates/date-vocabulary.ts';
import { documentSchema, kindSchema } from './document-schema.ts';

/**
 * The ids of the kinds a dataset gets when it defines none (the letter's seven; their labels
 * and colours are in default-kinds.ts, documented in docs/data-format.md).
 */
export const EVENT_KINDS = [
  'violence',
  'threat',
  'harassment',
  'police-action',
  'official-statement',
  'legal-step',
  'advocacy',
] as const;

/** Why an event has its kind, when that is a judgement: the editors' call or the source's reading. */
export const KIND_BASES = ['call', 'letter'] as const;

// The dates' own vocabulary, named here too for the dataset's readers.
export { CERTAINTIES, PRECISIONS, type Certainty, type Precision };

/** A quote in a paragraph, with the words just before and after it when it occurs more than once (W3C TextQuoteSelector). */
const sourceSchema = z.object(
  {
    paragraph: text('a paragraph id'),
    quote: text('the quoted words'),
    prefix: optionalString(),
    suffix: optionalString(),
  },
  { error: 'must be a source: an object with "paragraph" and "quote"' },
);

export const eventSchema = z.object(
  {
    id: eventId(),
    /** Former ids: links that name one still open the event. */
    aliases: z.optional(z.array(eventId(), { error: 'must be a list of former ids' })),
    title: text('the event title'),
    /** A short form of the title for the drawing; the list and the panel show the title. */
    label: label(),
    edtf: text('an EDTF date such as 2014-12-13 or 2009~/..'),
    start: civilDate,
    end: z.optional(civilDate),
    precision: z.enum(PRECISIONS, { error: `must be one of ${PRECISIONS.join(', ')}` }),
    certainty: z.enum(CERTAINTIES, { error: `must be one of ${CERTAINTIES.join(', ')}` }),
    ongoing: z.optional(z.boolean({ error: 'must be true or false' })),
    /** True when the source gives no start: `start` is then the last date it attests. */
    startUnknown: z.optional(z.boolean({ error: 'must be true or false' })),
    dateWording: optionalString(),
    // Checked against the dataset's own `kinds` (or the default ones) by the validator.
    kind: text('a kind id such as violence'),
    /**
     * Why the kind: `call` when it is the editors' call, `letter` when it rests on the source's
     * own judgement. Either needs `kindNote`, the reader-facing sentence shown with the kind.
     */
    kindBasis: z.optional(z.enum(KIND_BASES, { error: `must be one of ${KIND_BASES.join(', ')}` })),
    kindNote: optionalString(),
    place: optionalString(),
    actors: z._default(
      z.array(z.string({ error: 'must be a string' }), { error: 'must be a list' }),
      [],
    ),
    summary: optionalString(),
    translations: translations({
      title: z.optional(text('the translated title')),
      label: label(),
      summary: optionalString(),
      kindNote: optionalString(),
    }),
    sources: z
      .array(sourceSchema, { error: 'must be a list of sources' })
      .check(z.minLength(1, { error: 'must cite at least one paragraph' })),
  },
  { error: 'must be an event: an object with "id", "title", dates, "kind" and "sources"' },
);

export const datasetSchema = z.object(
  {
    document: documentSchema,
    kinds: z.optional(
      z
        .array(kindSchema, { error: 'must be a list of kinds' })
        .check(z.minLength(1, { error: 'must list at least one kind (or be left out)' })),
    ),
    events: z.array(eventSchema, { error: 'must be a list of events' }),
    /**
     * The dataset's own labels (actors and places) in other languages, one dictionary for the
     * whole dataset: `{ "Grozny": { "translations": { "ru": "Грозный" } },
     * "Amnesty International": { "properName": true } }`.
     */
    labels: z.optional(
      z.record(
        z.string({ error: 'must be a label' }),
        z.object(
          {
            properName: z.optional(z.boolean({ error: 'must be true or false' })),
            translations: z.optional(
              z.record(languageTag(), text('the translated label'), {
                error: 'must be an object whose keys are language tags such as ru',
              }),
            ),
            /** Other spellings a reader of that language may search for: `{ "ru": ["Дмитриев"] }`. */
            searchAlso: z.optional(
              z.record(languageTag(), z.array(text('another spelling to search for')), {
                error: 'must be an object whose keys are language tags such as ru',
              }),
            ),
          },
          { error: 'must be an object with "translations", "searchAlso" or "properName"' },
        ),
        { error: 'must be an object whose keys are the labels' },
      ),
    ),
  },
  { error: 'must be a JSON object with "document" and "events"' },
);

/**
 * The dataset with its events left unread: the checker reads each event on its own, so that
 * 40,000 wrong events make 40,000 short lists of problems, never one list too long to gather.
 */
export const datasetShellSchema = z.object(
  {
    document: documentSchema,
    kinds: datasetSchema.shape.kinds,
    events: z.array(z.unknown(), { error: 'must be a list of events' }),
    labels: datasetSchema.shape.labels,
  },
  { error: 'must be a JSON object with "document" and "events"' },
);

export type Dataset = z.infer<typeof datasetSchema>;
export type DocumentInfo = Dataset['document'];
export type Paragraph = DocumentInfo['paragraphs'][number];
export type TimelineEvent = Dataset['events'][number];
export type EventSource = TimelineEvent['sources'][number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type KindDefinition = NonNullable<Dataset['kinds']>[number];
