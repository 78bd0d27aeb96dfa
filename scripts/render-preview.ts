import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { PreviewCard } from '../src/entry/prerender/preview-card.ts';

/**
 * Link preview images, 1200×630 PNG, drawn at build time without a browser: satori lays the
 * card out as SVG with a font from npm (satori reads WOFF, not WOFF2), resvg rasterises it.
 * Build-time only: neither is ever sent to a reader.
 */
const WIDTH = 1200;
const HEIGHT = 630;

const require = createRequire(import.meta.url);
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const FONT_FAMILY = SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', ');

function loadFonts() {
  const file = (subset: string, weight: number) =>
    readFileSync(
      require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
    );
  // One family name per subset: satori falls back from one family to the next for a glyph the
  // first lacks, but within a family it uses the first file only (Cyrillic came out as boxes).
  return SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Sans ${subset}`,
      data: file(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
}

let fonts: ReturnType<typeof loadFonts> | undefined;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** A title that fits whole: smaller type and a fourth line for the longest titles. */
function titleSize(title: string): number {
  if (title.length <= 40) return 64;
  if (title.length <= 70) return 54;
  if (title.length <= 100) return 44;
  return 38;
}

const titleLines = (title: string) => (title.length <= 100 ? 3 : 4);

/** The height left for the card's words above the footer, and what each takes (px, estimated). */
const BODY_HEIGHT = 445;
const DATE_CHARS_PER_LINE = 50;
/** The font's own line height (satori's `normal`), for the lines whose height is not set. */
const LINE = 1.37;

/**
 * As many lines of quote (at most 3, at least 1) as fit under the title and the date, which is
 * never shortened (its qualifiers must show) and may take two or three lines in Russian.
 */
function quoteLines(c: PreviewCard): number {
  const title = titleSize(c.title) * 1.12 * titleLines(c.title) + 18;
  const date = Math.ceil(c.date.length / DATE_CHARS_PER_LINE) * 34 * LINE + 18;
  const left = BODY_HEIGHT - 26 * LINE - title - date - 22;
  return Math.max(1, Math.min(3, Math.floor(left / 42)));
}

function card(c: PreviewCard): Node {
  // The dataset's kind colour as the app draws it (see preview-card.ts), never a table of the
  // letter's: a hex colour the checker accepted, so satori reads it as a colour and nothing else.
  const colour = /^#[0-9a-fA-F]{3,8}$/.test(c.colour) ? c.colour : '#1f4e8c';
  return el(
    'div',
    {
      width: WIDTH,
      height: HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      background: '#fbfaf7',
      color: '#1d2330',
      fontFamily: FONT_FAMILY,
      borderLeft: `24px solid ${colour}`,
      padding: '48px 64px 44px 56px',
    },
    [
      // The words above the footer give way (clipped, and the quote shortened) so that the footer,
      // which never shrinks, always fits whole, however many lines the date takes.
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          flexShrink: 1,
          minHeight: 0,
          overflow: 'hidden',
        },
        body(c, colour),
      ),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexShrink: 0,
          borderTop: '2px solid #d9d6cf',
          paddingTop: 16,
        },
        [
          el('div', { fontSize: 26, fontWeight: 700, display: 'flex' }, c.letter),
          el(
            'div',
            // One line, ended with an ellipsis: a long list never runs off the image.
            { fontSize: 24, color: '#4a5263', display: 'block', lineClamp: 1 },
            c.organisations,
          ),
        ],
      ),
    ],
  );
}

/**
 * A lone symbol is kept on the line of the word before it («home $», never «$» opening a line):
 * in the drawing only, which nobody copies from.
 */
const glueSymbols = (text: string) => text.replace(/ ([$€£%])(?=[\s»”"']|$)/gu, '\u00a0$1');

/** The kicker, title, date and quote. */
function body(c: PreviewCard, colour: string): Node[] {
  return [
    el('div', { fontSize: 26, color: '#4a5263', fontWeight: 700, display: 'flex' }, c.kicker),
    el(
      'div',
      {
        fontSize: titleSize(c.title),
        fontWeight: 700,
        lineHeight: 1.12,
        marginTop: 18,
        lineClamp: titleLines(c.title),
        display: 'block',
      },
      glueSymbols(c.title),
    ),
    el(
      'div',
      {
        fontSize: 34,
        color: colour,
        fontWeight: 700,
        marginTop: 18,
        display: 'block',
      },
      c.date,
    ),
    c.quote
      ? el(
          'div',
          {
            fontSize: 30,
            lineHeight: 1.4,
            marginTop: 22,
            lineClamp: quoteLines(c),
            // The clamp alone does not hold the highlighted span: its height does, in whole lines.
            maxHeight: quoteLines(c) * 42,
            overflow: 'hidden',
            flexShrink: 0,
            display: 'block',
          },
          el('span', { background: '#fde68a', padding: '0 4px' }, glueSymbols(c.quote)),
        )
      : el('div', { display: 'flex' }, ''),
  ];
}

/** One preview card drawn (its pixels, for tests; `asPng()` for the file). */
export async function drawPreview(c: PreviewCard) {
  fonts ??= loadFonts();
  const svg = await satori(card(c) as Parameters<typeof satori>[0], {
    width: WIDTH,
    height: HEIGHT,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render();
}

/** The PNG bytes of one preview card. */
export async function renderPreview(c: PreviewCard): Promise<Buffer> {
  return (await drawPreview(c)).asPng();
}
