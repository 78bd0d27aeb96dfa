import { parseHex, readableColor, toHex } from './check/color-contrast.ts';
import type { KindDefinition } from './check/schema.ts';
import { DEFAULT_KINDS } from './default-kinds.ts';
import type { PreparedKind } from './prepare-dataset.ts';

/** Colours for kinds that bring none, taken in turn. */
const FALLBACK_COLORS = DEFAULT_KINDS.map((k) => k.color ?? '#475569');

export function prepareKinds(kinds: readonly KindDefinition[] | undefined): PreparedKind[] {
  return (kinds ?? DEFAULT_KINDS).map((kind, i) => {
    const requested = kind.color ?? FALLBACK_COLORS[i % FALLBACK_COLORS.length] ?? '#475569';
    const color = readableColor(requested) ?? '#475569';
    const prepared: PreparedKind = { id: kind.id, label: kind.label, color };
    if (kind.description !== undefined) prepared.description = kind.description;
    if (kind.translations !== undefined) prepared.translations = kind.translations;
    const given = kind.color === undefined ? undefined : parseHex(kind.color);
    if (kind.color !== undefined && given && toHex(given) !== color)
      prepared.requestedColor = kind.color;
    return prepared;
  });
}
