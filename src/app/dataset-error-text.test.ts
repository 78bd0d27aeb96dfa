import { describe, expect, it } from 'vitest';
import { DatasetError, type DatasetErrorKind } from '../dataset/dataset-error.ts';
import { wordsOf } from '../test/words.ts';
import { datasetErrorText } from './dataset-error-text.ts';

const ERRORS: [string, DatasetError, RegExp, RegExp][] = [
  ['offline', new DatasetError('offline'), /offline/, /./],
  ['a 404', new DatasetError('http', { status: '404 Not Found', statusCode: 404 }), /404/, /404/],
  [
    'a busy server',
    new DatasetError('busy', { status: '503', statusCode: 503, seconds: 30 }),
    /30 seconds/,
    /30/,
  ],
  [
    'too many events',
    new DatasetError('too-large', { reason: 'events', count: 300_000, max: 250_000 }),
    /300,000.*250,000/,
    /300\s000.*250\s000/,
  ],
  [
    'not JSON',
    new DatasetError('not-json', { detail: 'Unexpected token <' }),
    /Unexpected token </,
    /Unexpected token </,
  ],
  [
    'an invalid dataset',
    new DatasetError('invalid', {}, { problems: [{ path: 'document', message: 'is missing' }] }),
    /1 problem/,
    /1/,
  ],
];

describe('datasetErrorText', () => {
  it.each(ERRORS)('says %s from its kind and values, in each language', (_name, error, en, ru) => {
    const english = datasetErrorText(error, wordsOf('en').t);
    const russian = datasetErrorText(error, wordsOf('ru').t);
    expect(english).toMatch(en);
    expect(russian).toMatch(ru);
    expect(russian).not.toBe(english);
    // The sentence comes from the catalogue, never from the error itself.
    expect(english).not.toContain(error.message);
  });

  it('has a sentence for every kind', () => {
    const kinds: DatasetErrorKind[] = [
      'offline',
      'network',
      'timeout',
      'http',
      'busy',
      'refused',
      'too-large',
      'empty',
      'not-json',
      'invalid',
    ];
    for (const kind of kinds) {
      expect(datasetErrorText(new DatasetError(kind), wordsOf('en').t)).not.toMatch(
        /^$|dataset-error/,
      );
    }
  });
});
