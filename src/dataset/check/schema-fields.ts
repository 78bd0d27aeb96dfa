import * as z from 'zod/mini';

// The page's Content-Security-Policy forbids eval: tell zod not to probe for it, which a
// strict policy would report as a violation. This module is the first to build a schema.
z.config({ jitless: true });

// The building blocks of the dataset's schema: ids, dates, words and their translations, each
// with the message a dataset's author reads when a value is wrong.

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PARAGRAPH_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A civil date or date-time in the dataset's time zone, with no offset. */
export const CIVIL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;

export const text = (what: string) =>
  z
    .string({ error: `must be ${what} (a string)` })
    .check(z.minLength(1, { error: 'must not be empty' }));

/** The most characters of an event's `label`: the timeline draws it whole on one line. */
export const LABEL_MAX_LENGTH = 40;

/** An event's short label for the drawing, in the dataset's or a translation's language. */
export const label = () =>
  z.optional(
    text('a short label').check(
      z.maxLength(LABEL_MAX_LENGTH, {
        error: `must be at most ${LABEL_MAX_LENGTH} characters (the timeline draws it on one line)`,
      }),
    ),
  );

export const optionalString = () => z.optional(z.string({ error: 'must be a string' }));

/** A BCP 47 language tag such as `en`, `ru` or `pt-BR`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;

export const languageTag = () =>
  z
    .string({ error: 'must be a language tag such as en or ru' })
    .check(z.regex(LANGUAGE_TAG, { error: 'must be a language tag such as en or ru' }));

/** The dataset's own words in other languages, by language tag: `{ "ru": { "title": "…" } }`. */
export const translations = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.optional(
    z.record(languageTag(), z.object(shape, { error: 'must be an object of translated fields' }), {
      error: 'must be an object whose keys are language tags such as ru',
    }),
  );

export const civilDate = z
  .string({ error: 'must be an ISO 8601 date such as 2014-12-13' })
  .check(z.regex(CIVIL_DATE_TIME, { error: 'must be an ISO 8601 date such as 2014-12-13' }));

/** A colour as `#rgb` or `#rrggbb`. */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export const eventId = () =>
  z
    .string({ error: 'must be a string' })
    .check(
      z.maxLength(120, { error: 'must be at most 120 characters' }),
      z.regex(SLUG, { error: 'must be a URL-safe slug such as jmg-office-arson' }),
    );
