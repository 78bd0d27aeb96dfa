import { describe, expect, it } from 'vitest';
import { drawPreview, renderPreview } from './render-preview.ts';

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

  // russian-4 M2: a three-line Russian date pushed the footer's last line off the image.
  it('keeps the footer whole above the bottom margin when the date takes three lines', async () => {
    const image = await drawPreview({
      kicker: 'Угрозы · 7-й абзац письма',
      title:
        'Игорь Каляпин продолжает получать угрозы убийством и в настоящее время находится не в Чечне (в письме — «is not in Chechnya»)',
      date: 'начало не указано; по состоянию на 16 декабря 2014 г. не завершено (дата выведена из контекста) · в письме: «has been getting»',
      quote:
        '«Kalyapin has been getting death threats and is not in Chechnya at the moment, as remaining there would be too risky for him. Long quote words to fill three lines of the card.»',
      letter: 'Совместное письмо президенту Путину',
      organisations: 'Amnesty International · Front Line Defenders · Human Rights Watch',
      colour: '#8a1c1c',
    });
    expect([image.width, image.height]).toEqual([1200, 630]);
    const { pixels } = image;
    // The footer is drawn: its rule and words darken a row somewhere above the margin.
    expect(pixels.subarray(560 * 1200 * 4, 594 * 1200 * 4).some((v) => v < 0x80)).toBe(true);
    // The bottom 36 of the 44 px of padding, right of the kind's edge: background only.
    let bad = 0;
    for (let y = 630 - 36; y < 630; y++) {
      for (let x = 40; x < 1200; x++) {
        const i = (y * 1200 + x) * 4;
        bad += pixels[i] === 0xfb && pixels[i + 1] === 0xfa && pixels[i + 2] === 0xf7 ? 0 : 1;
      }
    }
    expect(bad).toBe(0);
  });
});
