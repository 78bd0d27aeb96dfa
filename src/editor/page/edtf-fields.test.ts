import { describe, expect, it } from 'vitest';
import { loadEdtfReader } from '../../dates/edtf-bounds.ts';
import { dateFieldsOf } from './edtf-fields.ts';

describe('the date fields worked out from an EDTF value', () => {
  it.each([
    ['2014-12-13', { start: '2014-12-13', precision: 'day' }],
    ['2014-12-13?', { start: '2014-12-13', precision: 'day', certainty: 'inferred' }],
    [
      '2014-12-05~/2014-12-08~',
      { start: '2014-12-05', end: '2014-12-08', precision: 'days', certainty: 'approximate' },
    ],
    [
      '[2014-12-14..2014-12-16]',
      { start: '2014-12-14', end: '2014-12-16', precision: 'days', certainty: 'inferred' },
    ],
    ['2014-12', { start: '2014-12-01', end: '2014-12-31', precision: 'month' }],
    ['2014', { start: '2014-01-01', end: '2014-12-31', precision: 'year' }],
    [
      '2009~/..',
      {
        start: '2009-01-01',
        end: '2014-12-16',
        precision: 'year',
        certainty: 'approximate',
        ongoing: true,
      },
    ],
  ])('%s', async (edtf, expected) => {
    const read = await loadEdtfReader([edtf]);
    expect(dateFieldsOf(edtf, read, '2014-12-16')).toEqual(expected);
  });

  it('passes on the reader’s error for what is no date', async () => {
    const read = await loadEdtfReader(['13 December']);
    expect(dateFieldsOf('13 December', read, '2014-12-16')).toHaveProperty('error');
  });
});
