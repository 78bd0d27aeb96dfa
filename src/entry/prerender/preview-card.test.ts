import { describe, expect, it } from 'vitest';
import { readableColor } from '../../dataset/check/color-contrast.ts';
import { prepareDataset } from '../../dataset/prepare-dataset.ts';
import { readLetterDataset } from '../../test/letter.ts';
import { wordsOf } from '../../test/words.ts';
import { previewCard } from './preview-card.ts';

const words = { language: 'en' as const, ...wordsOf('en') };

/** The letter's events, their first a kind of the dataset's own, `constructor`, coloured `colour`. */
function withOwnKind(colour: string) {
  const raw = readLetterDataset();
  raw.kinds = [...(raw.kinds ?? []), { id: 'constructor', label: 'Own kind', color: colour }];
  const [first] = raw.events;
  if (first) first.kind = 'constructor';
  return { dataset: prepareDataset(raw), id: first?.id ?? '' };
}

describe('the preview card’s colour', () => {
  it('is the dataset’s own kind colour, made dark enough to see as the app draws it', () => {
    const { dataset, id } = withOwnKind('#eeeeee');
    const card = previewCard(dataset, { kind: 'event', id }, words);
    expect(card.colour).toBe(readableColor('#eeeeee'));
    expect(card.colour).toBe(dataset.kindById.get('constructor')?.color);
  });

  it('is the kind’s colour the dataset gives, not one the letter gives a kind of that name', () => {
    const raw = readLetterDataset();
    raw.kinds = (raw.kinds ?? []).map((k) =>
      k.id === 'violence' ? { ...k, color: '#0f766e' } : k,
    );
    const dataset = prepareDataset(raw);
    const event = dataset.events.find((e) => e.kind === 'violence');
    const card = previewCard(dataset, { kind: 'event', id: event?.id ?? '' }, words);
    expect(card.colour).toBe('#0f766e');
  });

  it('is the site’s blue on the home page', () => {
    const { dataset } = withOwnKind('#123456');
    expect(previewCard(dataset, { kind: 'home' }, words).colour).toBe('#1f4e8c');
  });
});
