import { describe, expect, it } from 'vitest';
import { renderPreview } from './render-preview.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe('renderPreview', () => {
  it('draws a card in the colour it is given', async () => {
    const png = await renderPreview({
      kicker: 'An event',
      title: 'A kind named constructor',
      date: '13 December 2014',
      quote: undefined,
      letter: 'A letter',
      organisations: 'Org one',
      colour: '#919191',
    });
    expect([...png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
  });
});
