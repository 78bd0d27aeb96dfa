import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { eventOf, letter, LINK } from '../test/export-fixtures.ts';
import { toBibtex } from './bibtex.ts';
import { citedWork } from './cited-work.ts';
import { toCslJson } from './csl-json.ts';
import { toPlainLetterCitation } from './letter-citation.ts';
import { toRis } from './ris.ts';

const ORIGIN = 'https://app.test/h/events.json';
const SAID = `from the dataset at ${ORIGIN}, not checked by the site that shows it`;
const arson = eventOf(letter, 'jmg-office-arson');

describe('citations of a dataset a link loaded', () => {
  const work = citedWork(letter, 'events', LINK, arson, ORIGIN);

  it('say where it came from in BibTeX, RIS and CSL-JSON', () => {
    expect(parse(toBibtex(work), { english: false }).entries[0]?.fields.note).toBe(
      `Index: EUR 46/056/2014, paragraph 5, ${SAID}`,
    );
    expect(toRis(work).split('\r\n')).toContain(`N1  - ${SAID}`);
    expect((JSON.parse(toCslJson(work)) as { source?: string }[])[0]?.source).toBe(SAID);
  });

  it('say it in the plain-text citation of the whole document, in the reader’s words', () => {
    const whole = citedWork(letter, 'events', LINK, undefined, ORIGIN);
    const lines = toPlainLetterCitation(whole, { originLine: 'From the dataset at …' }).split('\n');
    expect(lines.slice(1)).toEqual(['From the dataset at …', LINK, '']);
  });

  it('say nothing of the kind for the site’s own dataset', () => {
    const own = citedWork(letter, 'joint-letter-2014-12-16', LINK, arson);
    expect(own.origin).toBeUndefined();
    expect(toBibtex(own) + toRis(own) + toCslJson(own)).not.toContain('from the dataset at');
  });
});
