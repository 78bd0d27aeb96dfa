import * as z from 'zod/mini';
import {
  HEX_COLOR,
  PARAGRAPH_ID,
  SLUG,
  civilDate,
  languageTag,
  optionalString,
  text,
  translations,
} from './schema-fields.ts';

// The dataset's document (its paragraphs, organisations) and its kinds of event; see schema.ts.

const paragraphSchema = z.object(
  {
    id: z
      .string({ error: 'must be a string' })
      .check(
        z.maxLength(120, { error: 'must be at most 120 characters' }),
        z.regex(PARAGRAPH_ID, { error: 'must be letters, digits, "-" or "_" (such as p5)' }),
      ),
    text: z.string({ error: 'must be the paragraph text (a string)' }),
    /**
     * False for a heading or closing line (the organisations, the title, the salutation, the
     * signatures): shown without a number, so the body is numbered as a reader counts it.
     */
    numbered: z.optional(z.boolean({ error: 'must be true or false' })),
  },
  { error: 'must be a paragraph: an object with "id" and "text"' },
);

const organisationSchema = z.object(
  {
    name: text('the organisation name'),
    signatory: optionalString(),
  },
  { error: 'must be an organisation: an object with "name"' },
);

export const documentSchema = z.object(
  {
    title: text('the document title'),
    /** The language the document is written in, so its words are read out in that language. */
    language: z.optional(languageTag()),
    translations: translations({ title: z.optional(text('the translated title')) }),
    date: civilDate,
    reference: optionalString(),
    timeZone: text('an IANA time zone such as Europe/Moscow'),
    organisations: z._default(z.array(organisationSchema, { error: 'must be a list' }), []),
    source: z.optional(
      z.object({
        file: text('the file name of the source'),
        sha256: z
          .string({ error: 'must be a string' })
          .check(z.regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' })),
        description: optionalString(),
        /** The description in other languages: `{ "ru": { "description": "…" } }`. */
        translations: translations({ description: optionalString() }),
      }),
    ),
    paragraphs: z
      .array(paragraphSchema, { error: 'must be a list of paragraphs' })
      .check(z.minLength(1, { error: 'must list at least one paragraph' })),
  },
  { error: 'must be the document: an object with its title, date, time zone and paragraphs' },
);

export const kindSchema = z.object({
  id: z
    .string({ error: 'must be a string' })
    .check(
      z.maxLength(60, { error: 'must be at most 60 characters' }),
      z.regex(SLUG, { error: 'must be a URL-safe slug such as police-action' }),
    ),
  label: text('the kind as readers see it'),
  description: optionalString(),
  translations: translations({
    label: z.optional(text('the translated label')),
    description: optionalString(),
  }),
  color: z.optional(
    z
      .string({ error: 'must be a string' })
      .check(z.regex(HEX_COLOR, { error: 'must be a colour such as #1d4ed8' })),
  ),
});
