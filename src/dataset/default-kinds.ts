import type { KindDefinition } from './check/schema.ts';

/**
 * The kinds a dataset gets when it defines none: the seven the letter's events use (what each
 * covers is in docs/data-format.md; a dataset's own `kinds` may say it in `description`), with
 * their names in the interface's other languages.
 */
export const DEFAULT_KINDS: readonly KindDefinition[] = [
  {
    id: 'violence',
    label: 'Violence',
    color: '#b42318',
    translations: { ru: { label: 'Насилие' } },
  },
  { id: 'threat', label: 'Threat', color: '#9a3412', translations: { ru: { label: 'Угрозы' } } },
  {
    id: 'harassment',
    label: 'Harassment',
    color: '#7c3aed',
    translations: { ru: { label: 'Запугивание' } },
  },
  {
    id: 'police-action',
    label: 'Police action',
    color: '#1d4ed8',
    translations: { ru: { label: 'Действия полиции' } },
  },
  {
    id: 'official-statement',
    label: 'Official statement',
    color: '#0f766e',
    translations: { ru: { label: 'Официальные заявления' } },
  },
  {
    id: 'legal-step',
    label: 'Legal step',
    color: '#4d7c0f',
    translations: { ru: { label: 'Юридические действия' } },
  },
  {
    id: 'advocacy',
    label: 'Advocacy',
    color: '#475569',
    translations: { ru: { label: 'Правозащитная деятельность' } },
  },
];
