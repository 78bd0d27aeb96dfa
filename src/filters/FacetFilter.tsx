import { useEffect, useRef } from 'react';
import type { FacetChoice } from '../dataset/search/filter-events.ts';
import { useT } from '../i18n/use-t.ts';
import { LANGUAGE_TABLE } from '../url-state/language-table.ts';
import type { Facet } from '../facets/facets.ts';
import { orderChoices } from './order-choices.ts';

/** More choices than this are shortened to the ones with most events (and any chosen). */
const MAX_LISTED = 100;

export interface FacetFilterProps {
  /** The facet's name as readers see it ("Actor"). */
  label: string;
  /** Which facet it is: a paragraph's count is said with its noun («Абзац 5 (5 событий)»). */
  facet?: Facet | undefined;
  choices: readonly FacetChoice[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
  /** The language of the choices' names. */
  valuesLang?: string | undefined;
  /** A choice's name in the reader's language (the value itself, which links keep, without it). */
  labelOf?: ((value: string) => { text: string; lang: string | undefined }) | undefined;
}

/** One facet (actors or places): a disclosure with a checkbox per choice and its count. */
export function FacetFilter({
  label,
  facet,
  choices,
  chosen,
  onToggle,
  valuesLang,
  labelOf,
}: FacetFilterProps) {
  const { t, language } = useT();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  // A press outside the open popup closes it. (A press on a choice's words moves focus
  // nowhere, so focus-out alone cannot tell inside from outside.)
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const details = detailsRef.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target))
        details.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  if (choices.length === 0) return null;
  // The choices with most events are listed, then shown in the order of their names.
  const listed = orderChoices(
    choices.filter((c, i) => i < MAX_LISTED || chosen.includes(c.value)),
    labelOf ?? ((value) => ({ text: value, lang: valuesLang })),
    LANGUAGE_TABLE[language].intl,
  );
  return (
    <details
      ref={detailsRef}
      className="facet"
      // The popup keeps its keys to itself: Esc closes it (focus back on its summary) rather
      // than the open event behind it, and arrows tick boxes, never step events. It closes
      // when focus moves to something outside it, so it never covers the toolbar.
      onKeyDown={(event) => {
        if (event.key === 'Tab') return;
        event.stopPropagation();
        if (event.key === 'Escape' && event.currentTarget.open) {
          event.preventDefault();
          event.currentTarget.open = false;
          event.currentTarget.querySelector('summary')?.focus();
        }
      }}
      onBlur={(event) => {
        const details = event.currentTarget;
        const next = event.relatedTarget;
        // A press on a choice's words gives focus to the nearest focusable box around the
        // popup (the timeline area): that is not leaving it. Closing the popup in the middle
        // of that press crashed Chromium's renderer (inside the hydration gate's fieldset).
        if (next instanceof Node && !details.contains(next) && !next.contains(details))
          details.open = false;
      }}
    >
      <summary
        // The visible count may be shorter than the spoken one ("Кто назван (1)"); the name stays whole.
        aria-label={
          chosen.length > 0 &&
          t('filters.chosenShort', { count: chosen.length }) !==
            t('filters.chosen', { count: chosen.length })
            ? `${label} ${t('filters.chosen', { count: chosen.length })}`
            : undefined
        }
      >
        {label}
        {chosen.length > 0 ? (
          <span className="facet-chosen">
            {/* A no-break space: the summary is a flex box, which drops an item's leading space. */}
            {'\u00a0'}
            {t('filters.chosenShort', { count: chosen.length })}
          </span>
        ) : null}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        <ul>
          {listed.map((choice) => (
            <li key={choice.value}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(choice.value)}
                  onChange={() => onToggle(choice.value)}
                />{' '}
                <bdi lang={labelOf ? labelOf(choice.value).lang : valuesLang}>
                  {labelOf ? labelOf(choice.value).text : choice.value}
                </bdi>{' '}
                <span className="facet-count">
                  {t('filters.choiceCount', { facet: facet ?? 'other', count: choice.count })}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {listed.length < choices.length ? (
          <p className="facet-note">
            {t('filters.listedNote', {
              listed: MAX_LISTED,
              others: choices.length - listed.length,
            })}
          </p>
        ) : null}
      </fieldset>
    </details>
  );
}
