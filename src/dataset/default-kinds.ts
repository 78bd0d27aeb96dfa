import type { KindDefinition } from './schema.ts';

/**
 * The kinds a dataset gets when it defines none: the seven the letter's events use (what each
 * covers is in docs/data-format.md; a dataset's own `kinds` may say it in `description`).
 */
export const DEFAULT_KINDS: readonly KindDefinition[] = [
  { id: 'violence', label: 'Violence', color: '#b42318' },
  { id: 'threat', label: 'Threat', color: '#9a3412' },
  { id: 'harassment', label: 'Harassment', color: '#7c3aed' },
  { id: 'police-action', label: 'Police action', color: '#1d4ed8' },
  { id: 'official-statement', label: 'Official statement', color: '#0f766e' },
  { id: 'legal-step', label: 'Legal step', color: '#4d7c0f' },
  { id: 'advocacy', label: 'Advocacy', color: '#475569' },
];
