import { describe, expect, it } from 'vitest';
import { DatasetError, type DatasetErrorKind } from '../dataset/dataset-error.ts';
import { wordsOf } from '../test/words.ts';
import { datasetErrorText } from './dataset-error-text.ts';

const ERRORS: [string, DatasetError, RegExp, RegExp][] = [
  ['offline', new DatasetError('offline'), /offline/, /./],
  ['a 404', new DatasetError('http', { status: '404', statusCode: 404 }), /404/, /404/],
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
    new DatasetError('not-json', { detail: 'text' }),
    /^The file at that address is not JSON: it begins with text or HTML/,
    /JSON.*HTML/,
  ],
  [
    'a cut JSON file',
    new DatasetError('not-json', { detail: 'truncated' }),
    /^The file ends before the dataset does/,
    /^Файл заканчивается раньше, чем набор данных/,
  ],
  [
    'a whole file in another encoding',
    new DatasetError('not-json', { detail: 'encoding' }),
    /^The file is not in UTF-8 \(or UTF-16 with a byte-order mark\)/,
    /^Файл.*UTF-8/,
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

describe('datasetErrorText on a server’s own words', () => {
  const t = wordsOf('en').t;
  const PHRASE = 'Not Found. NOTICE: this timeline was withdrawn; see http://evil.example/letter';

  it.each([
    [500, 'the server answered with status 500 (a failure of the server).'],
    [404, 'the server answered with status 404 (no dataset at that address).'],
    [403, 'the server answered with status 403 (access refused).'],
    [
      401,
      'the server answered with status 401 (the server asks for a login this app cannot give).',
    ],
    [451, 'status 451 (the server says access is blocked for legal reasons).'],
    [418, 'the server answered with status 418 (the server refused the request).'],
    // A busy server whose Retry-After could not be read is still a busy server.
    [429, 'status 429 (too many requests: the server is busy; try again later).'],
    [503, 'status 503 (the server is unavailable for now; try again later).'],
    [302, 'the server answered with status 302.'],
  ])('says status %i and what it means, never the server’s own words', (code, said) => {
    const error = new DatasetError('http', { status: `${code} ${PHRASE}`, statusCode: code });
    const text = datasetErrorText(error, t);
    expect(text).toContain(said);
    expect(text).not.toContain('NOTICE');
  });

  it('says a busy server’s status without its words', () => {
    const error = new DatasetError('busy', {
      status: `503 ${PHRASE}`,
      statusCode: 503,
      seconds: 5,
    });
    expect(datasetErrorText(error, t)).not.toContain('NOTICE');
  });

  it.each([
    [{ seconds: 30 }, 'asked to wait 30 seconds before trying again.', '30 секунд'],
    [{ seconds: 600 }, 'asked to wait about 10 minutes before trying again.', 'примерно 10 минут'],
    [{ seconds: 90, reason: 'date' }, 'asked to wait about 2 minutes', 'примерно 2 минуты'],
    [
      { seconds: 3600, reason: 'capped' },
      'asked to wait more than an hour. Retry will be possible in an hour, the most this app waits.',
      'больше часа',
    ],
  ])(
    'says a busy server’s wait %j in the words it used, never seconds it did not give',
    (info, en, ru) => {
      const error = new DatasetError('busy', { status: '503', statusCode: 503, ...info });
      expect(datasetErrorText(error, t)).toContain(en);
      expect(datasetErrorText(error, wordsOf('ru').t)).toContain(ru);
      expect(datasetErrorText(error, t)).not.toContain('3,600');
    },
  );

  it('says a refused redirect may be a loop as well as another site', () => {
    expect(datasetErrorText(new DatasetError('refused'), t)).toContain('in a loop');
  });
});
