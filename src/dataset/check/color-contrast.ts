/** Colour arithmetic for checking a dataset's colours against the page (WCAG 2 contrast). */

export type Rgb = readonly [number, number, number];

/** The page's background, which every kind colour is drawn on. */
export const PAGE_BACKGROUND = '#fbfaf7';
/** WCAG 2.x minimum contrast for graphics and large marks (1.4.11). */
export const GRAPHIC_CONTRAST = 3;

export function parseHex(hex: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) return undefined;
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A colour that keeps the hue of `hex` with at least `minimum` contrast against `background`:
 * the colour itself when it already has it, otherwise the lightest darker shade that does.
 * Undefined for a value that is not a hex colour.
 */
export function readableColor(
  hex: string,
  background = PAGE_BACKGROUND,
  minimum = GRAPHIC_CONTRAST,
): string | undefined {
  const color = parseHex(hex);
  const page = parseHex(background);
  if (!color || !page) return undefined;
  if (contrastRatio(color, page) >= minimum) return toHex(color);
  let lo = 0;
  let hi = 1;
  // Binary search on how far to darken towards black.
  for (let i = 0; i < 20; i += 1) {
    const mid = (lo + hi) / 2;
    const shade = color.map((c) => c * (1 - mid)) as unknown as Rgb;
    if (contrastRatio(shade, page) >= minimum) hi = mid;
    else lo = mid;
  }
  return toHex(color.map((c) => Math.floor(c * (1 - hi))) as unknown as Rgb);
}
