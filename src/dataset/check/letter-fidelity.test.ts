import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readLetterCapture, readLetterCaptureBytes, readLetterDataset } from '../../test/letter.ts';
import { deriveParagraphs } from '../derive-paragraphs.ts';
import { prepareDataset } from '../prepare-dataset.ts';
import { validateDataset } from './validate-dataset.ts';
import english from '../../locales/en/messages.json';

/**
 * The letter's dataset is the letter: its paragraphs are the capture's, word for word, and every
 * quote stands in its paragraph. These checks read the files the app serves.
 */
const dataset = readLetterDataset();
const capture = readLetterCapture();
const paragraphs = dataset.document.paragraphs;
const textOf = new Map(paragraphs.map((p) => [p.id, p.text]));

/** The site's header line in the capture, which is not part of the letter. */
const HEADER = 'HRW.org';

/** The two kinds of artefact this capture has, resolved independently of deriveParagraphs. */
const resolveLinksAndDollars = (line: string) =>
  line.replace(/\[([^\]]*)\]\(#\)/g, '$1').replaceAll('\\$', '$');

const captureLines = capture
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && line !== HEADER);

describe('the letter dataset and its capture', () => {
  it('names the capture it was made from, whose SHA-256 is the one recorded', () => {
    expect(dataset.document.source?.file).toBe('joint-letter-2014-12-16.txt');
    const sha256 = createHash('sha256').update(readLetterCaptureBytes()).digest('hex');
    expect(sha256).toBe(dataset.document.source?.sha256);
  });

  it('has exactly the paragraphs derived from the capture, in order, with ids p1 to pN', () => {
    const derived = deriveParagraphs(capture, [HEADER]);
    expect(paragraphs.map((p) => p.text)).toEqual(derived);
    expect(paragraphs.map((p) => p.id)).toEqual(derived.map((_, i) => `p${i + 1}`));
  });

  it.each(paragraphs.map((p) => [p.id, p.text] as const))(
    'finds paragraph %s in the capture as one line with only its links and escapes resolved',
    (_id, text) => {
      expect(capture.split('\n').map((line) => resolveLinksAndDollars(line.trim()))).toContain(
        text,
      );
    },
  );

  it('has no other artefact in the capture than links to "#" and escaped dollars', () => {
    const resolved = captureLines.map(resolveLinksAndDollars).join('\n');
    expect(resolved).not.toMatch(/\]\(|\\|<[a-z/]|&[a-z]+;|\*\*|__/i);
  });

  it('keeps every line of the capture but the site header, and every word, in order', () => {
    const resolved = captureLines.map(resolveLinksAndDollars);
    expect(resolved).toEqual(paragraphs.map((p) => p.text));
    const words = (lines: string[]) => lines.join(' ').split(/\s+/);
    expect(words(paragraphs.map((p) => p.text))).toEqual(words(resolved));
  });

  it('changes only the link markup and the escapes: nothing else is added, dropped or replaced', () => {
    const removed = captureLines.join('\n').replace(/\[|\]\(#\)|\\(?=\$)/g, '');
    expect(removed).toBe(paragraphs.map((p) => p.text).join('\n'));
  });

  it('keeps the typography of the source: its curly quotation marks and apostrophes', () => {
    expect(textOf.get('p8')).toContain('“Kalyapin go home $”');
    expect(textOf.get('p8')).toContain('Joint Mobile Group’s apartment');
  });

  it('takes its title, organisations, signatories, date and reference from the letter itself', () => {
    const doc = dataset.document;
    expect(paragraphs[1]?.text).toBe(doc.title);
    expect(paragraphs[0]?.text).toBe(
      'Amnesty International, Front Line Defenders, and Human Rights Watch',
    );
    for (const { name, signatory } of doc.organisations) {
      expect(paragraphs.map((p) => p.text)).toContain(`${signatory ?? ''} for ${name}`);
    }
    expect(doc.date).toBe('2014-12-16');
    expect(paragraphs.at(-2)?.text).toBe('16 December 2014');
    expect(paragraphs.at(-1)?.text).toBe(doc.reference);
  });
});

describe('the letter dataset', () => {
  it.each(
    dataset.events.flatMap((e) =>
      e.sources.map((s, i) => [e.id, i, s.paragraph, s.quote] as const),
    ),
  )(
    'quotes, for %s (source %i), words that stand verbatim in paragraph %s',
    (_id, _i, paragraph, quote) => {
      expect(textOf.get(paragraph)).toContain(quote);
    },
  );

  it('follows the dataset format', async () => {
    const result = await validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('gives every event an id that is a unique slug', () => {
    const ids = dataset.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('dates the arson of the JMG office to 13 December 2014, after the attempted break-in, after the demonstration', () => {
    const { events, byId } = prepareDataset(structuredClone(dataset));
    // The evening is dated by the sentences before it, so the day is inferred, not stated.
    expect(byId.get('jmg-office-arson')).toMatchObject({
      start: '2014-12-13',
      edtf: '2014-12-13?',
      certainty: 'inferred',
    });
    expect(byId.get('jmg-office-arson')?.end ?? '2014-12-13').toBe('2014-12-13');
    const order = events.map((e) => e.id);
    expect(order.indexOf('grozny-demonstration')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('grozny-demonstration')).toBeLessThan(
      order.indexOf('jmg-apartment-break-in-attempt'),
    );
    expect(order.indexOf('jmg-apartment-break-in-attempt')).toBeLessThan(
      order.indexOf('jmg-office-arson'),
    );
  });

  it('quotes the evening for the arson and "later that day" for the break-in', () => {
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    expect(byId.get('jmg-office-arson')?.sources[0]?.quote).toMatch(
      /^In the evening, the office of JMG was destroyed by fire/,
    );
    expect(byId.get('jmg-apartment-break-in-attempt')?.sources[0]?.quote).toMatch(
      /^Later that day/,
    );
  });

  it('dates the joint letter to Putin to 16 December 2014, the date of the document', () => {
    const letter = dataset.events.find((e) => e.id === 'joint-letter-to-putin');
    expect(letter).toMatchObject({ start: '2014-12-16', edtf: '2014-12-16' });
    expect(letter?.end ?? letter?.start).toBe(dataset.document.date);
  });

  it.each(dataset.events.filter((e) => e.dateWording !== undefined).map((e) => [e.id, e] as const))(
    "words the date of %s in the letter's own words, from a paragraph it quotes",
    (_id, event) => {
      const cited = event.sources.map((s) => textOf.get(s.paragraph) ?? '');
      expect(cited.some((text) => text.includes(event.dateWording ?? ''))).toBe(true);
    },
  );

  it.each(dataset.events.filter((e) => e.certainty === 'stated').map((e) => [e.id, e] as const))(
    'calls the date of %s stated only because a quote of it carries the date words',
    (_id, event) => {
      expect(event.dateWording).toBeDefined();
      expect(event.sources.some((s) => s.quote.includes(event.dateWording ?? '\u0000'))).toBe(true);
    },
  );

  it.each(dataset.events.filter((e) => e.certainty === 'inferred').map((e) => [e.id, e] as const))(
    'says how the inferred date of %s was read',
    (_id, event) => {
      expect(event.summary ?? '').not.toBe('');
    },
  );

  it('keeps the former ids of renamed events as aliases, so saved links still open them', () => {
    const byAlias = new Map(dataset.events.flatMap((e) => (e.aliases ?? []).map((a) => [a, e.id])));
    expect(byAlias.get('interior-ministry-denial')).toBe('media-report-interior-ministry-denial');
    expect(byAlias.get('kadyrov-collective-punishment-statement')).toBe(
      'kadyrov-statement-on-insurgents-families',
    );
  });

  it('numbers the body as a reader counts it: the first paragraph after “Dear Mr. President” is 1', () => {
    const { paragraphNumber, paragraphPart } = prepareDataset(structuredClone(dataset));
    const numbered = paragraphs.filter((p) => paragraphNumber.has(p.id));
    expect(paragraphs[2]?.text).toBe('Dear Mr. President');
    expect(numbered[0]?.text).toMatch(/^In the past few days/);
    expect(paragraphNumber.get('p4')).toBe(1);
    expect(paragraphNumber.get('p11')).toBe(8);
    expect(numbered.at(-1)?.text).toMatch(/^We also urge you/);
    expect(numbered).toHaveLength(9);
    expect(['p1', 'p2', 'p3'].map((id) => paragraphPart.get(id))).toEqual([
      'heading',
      'heading',
      'heading',
    ]);
    expect(paragraphPart.get('p17')).toBe('closing');
  });

  it('keeps every paragraph id on the words it named before the body was renumbered', () => {
    // Saved links (read=p8, letter/#p8, pasted citations) name these ids: none may move.
    const before: Record<string, RegExp> = {
      p1: /^Amnesty International, Front Line/,
      p4: /^In the past few days/,
      p8: /^At a joint press conference/,
      p9: /^On 14 December/,
      p11: /^Russia’s leadership has repeatedly pledged/,
      p18: /^Index: EUR/,
    };
    for (const [id, words] of Object.entries(before)) expect(textOf.get(id)).toMatch(words);
  });

  it.each([
    'grozny-demonstration',
    'jmg-lawyer-kept-out',
    'kadyrov-tv-accusation',
    'moscow-press-conference',
    'jmg-apartment-break-in-attempt',
    'insurgent-family-homes-torched',
    'police-confiscate-jmg-equipment',
  ])('says to the reader, with the kind of %s, that the kind is a judgement', (id) => {
    const event = dataset.events.find((e) => e.id === id);
    expect(event?.kindBasis).toBeDefined();
    expect(event?.kindNote).toBeTruthy();
    expect(event?.translations?.ru?.kindNote).toBeTruthy();
  });

  it('lists no pronoun the editors resolved as an actor', () => {
    for (const e of dataset.events) for (const a of e.actors) expect(a).not.toMatch(/“They”/);
  });

  it('gives the death threats no start day: only that they were still coming at the letter’s date', () => {
    const threats = dataset.events.find((e) => e.id === 'kalyapin-death-threats');
    expect(threats).toMatchObject({ startUnknown: true, ongoing: true, start: '2014-12-16' });
  });

  it('cites the letter’s general first body paragraph (p4) as the source of no event: its words would travel without the note that qualifies them', () => {
    const cited = dataset.events.filter((e) => e.sources.some((s) => s.paragraph === 'p4'));
    expect(cited.map((e) => e.id)).toEqual([]);
    const threats = dataset.events.find((e) => e.id === 'kalyapin-death-threats');
    expect(threats?.sources.map((s) => s.paragraph)).toEqual(['p10']);
  });

  it('names Kalyapin, whom the broadcast accuses, among those the broadcast event names', () => {
    const broadcast = dataset.events.find((e) => e.id === 'kadyrov-tv-accusation');
    expect(broadcast?.actors).toEqual(['Ramzan Kadyrov', 'Igor Kalyapin']);
  });

  it('lists the two JMG members only where the quoted sentence names them, not for “the two” of the hold', () => {
    for (const e of dataset.events)
      for (const name of ['Babinets', 'Dimitriev'])
        if (e.actors.some((a) => a.endsWith(name)))
          expect(e.sources.some((s) => s.quote.includes(name))).toBe(true);
    const hold = dataset.events.find((e) => e.id === 'police-hold-two-jmg-members');
    expect(hold?.actors).toEqual(['Police']);
    expect(hold?.summary).toContain('“The two” are Sergei Babinets and Dmitry Dimitriev');
  });

  it('says “Start not given” or “Dates not given” first in the drawn label (so a panel beside it never cuts it off) of each event whose start the letter does not give, in both languages', () => {
    const undated = dataset.events.filter((e) => e.startUnknown);
    expect(undated.map((e) => e.id).sort()).toEqual([
      'kalyapin-death-threats',
      'russia-leadership-pledges',
    ]);
    for (const e of undated) {
      expect(e.label).toMatch(/^(Start|Dates) not given: /);
      expect(e.translations?.ru?.label).toMatch(/^(Начало не указано|Даты не указаны): /);
    }
  });

  it('names no actor for the torched homes: the letter names no one, and the organisations only learned of them', () => {
    const homes = dataset.events.find((e) => e.id === 'insurgent-family-homes-torched');
    expect(homes?.actors).toEqual([]);
    expect(homes?.summary).toContain('“apparently” by Chechen law enforcement personnel');
  });

  it('names, in the note of each approximate span counted from a date elsewhere, that date (the About rule)', () => {
    const note = (id: string) => dataset.events.find((e) => e.id === id)?.summary ?? '';
    expect(note('insurgent-family-homes-torched')).toContain('after the attack of 4 December');
    expect(note('jmg-work-in-chechnya')).toContain('16 December 2014');
    expect(english['about.rule.stated']).toContain(
      'is marked approximate (“~”), not inferred, and its note names that date',
    );
  });

  it('translates every actor and place into Russian, but keeps the three organisations’ names in Latin script', () => {
    const labels = dataset.labels ?? {};
    for (const e of dataset.events) {
      for (const value of [...e.actors, ...(e.place ? [e.place] : [])]) {
        const entry = labels[value];
        expect(entry?.properName === true || Boolean(entry?.translations?.ru)).toBe(true);
      }
    }
    for (const { name } of dataset.document.organisations) {
      expect(labels[name]).toEqual({ properName: true });
    }
    // The usual Russian spelling, with the letter's Latin one beside it (docs/fidelity-audit.md,
    // sixth revision, russian-4 M1); the letter-by-letter form is still found by search.
    expect(labels['Dmitry Dimitriev']?.translations?.ru).toBe(
      'Дмитрий Дмитриев (в письме — Dimitriev)',
    );
    expect(labels['Dmitry Dimitriev']?.searchAlso?.ru).toContain('Димитриев');
  });

  it('has no event after the date of the letter', () => {
    for (const e of dataset.events) expect((e.end ?? e.start) <= dataset.document.date).toBe(true);
  });
});
