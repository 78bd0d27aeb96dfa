import { describe, expect, it } from 'vitest';
import { DatasetError } from '../dataset/dataset-error.ts';
import { i18n } from '../i18n/i18n.ts';
import type { Translate } from '../i18n/use-t.ts';
import { datasetErrorText } from './dataset-error-text.ts';

const t: Translate = (id, values) => i18n._(id, values);
const PHRASE = 'Not Found. NOTICE: this timeline was withdrawn; see http://evil.example/letter';

describe('datasetErrorText', () => {
  it.each([
    [500, 'the server answered with status 500 (a failure of the server).'],
    [404, 'the server answered with status 404 (no dataset at that address).'],
    [403, 'the server answered with status 403 (access refused).'],
    [418, 'the server answered with status 418.'],
  ])('says status %i and what it means, never the server’s own words', (code, said) => {
    const error = new DatasetError('http', 'x', [], undefined, {
      status: `${code} ${PHRASE}`,
      statusCode: code,
    });
    const text = datasetErrorText(error, t);
    expect(text).toContain(said);
    expect(text).not.toContain('NOTICE');
  });

  it('says a busy server’s status without its words', () => {
    const error = new DatasetError('busy', 'x', [], 0, {
      status: `503 ${PHRASE}`,
      statusCode: 503,
      seconds: 5,
    });
    expect(datasetErrorText(error, t)).not.toContain('NOTICE');
  });

  it('says a refused redirect may be a loop as well as another site', () => {
    expect(datasetErrorText(new DatasetError('refused', 'x'), t)).toContain('in a loop');
  });
});
