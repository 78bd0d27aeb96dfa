/**
 * Just enough of source maps (version 3) to say which source file and line a position in a
 * built chunk comes from: the profiles name modules instead of minified functions.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGITS = new Map([...BASE64].map((c, i) => [c, i]));

interface RawSourceMap {
  sources: string[];
  names?: string[];
  mappings: string;
}

/** [output column, source index, original line, original column, name index or -1] */
type Segment = [number, number, number, number, number];

export interface OriginalPosition {
  source: string;
  line: number;
  name: string | undefined;
}

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGITS.get(char);
    if (digit === undefined) throw new Error(`not base64: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export class SourceMap {
  private readonly lines: Segment[][] = [];
  private readonly sources: string[];
  private readonly names: string[];

  constructor(raw: RawSourceMap) {
    this.sources = raw.sources;
    this.names = raw.names ?? [];
    let source = 0;
    let line = 0;
    let column = 0;
    let name = 0;
    for (const text of raw.mappings.split(';')) {
      const segments: Segment[] = [];
      let outputColumn = 0;
      for (const part of text.split(',')) {
        if (part === '') continue;
        const v = decodeVlq(part);
        outputColumn += v[0] ?? 0;
        if (v.length >= 4) {
          source += v[1] ?? 0;
          line += v[2] ?? 0;
          column += v[3] ?? 0;
          let n = -1;
          if (v.length >= 5) {
            name += v[4] ?? 0;
            n = name;
          }
          segments.push([outputColumn, source, line, column, n]);
        }
      }
      this.lines.push(segments);
    }
  }

  /** The original position of a 0-based line and column of the built file. */
  lookup(line: number, column: number): OriginalPosition | undefined {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return undefined;
    let low = 0;
    let high = segments.length - 1;
    let found: Segment | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = segments[mid];
      if (!segment) break;
      if (segment[0] <= column) {
        found = segment;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    found ??= segments[0];
    if (!found) return undefined;
    return {
      source: this.sources[found[1]] ?? '?',
      line: found[2] + 1,
      name: found[4] >= 0 ? this.names[found[4]] : undefined,
    };
  }
}
