import type { KindDefinition } from './schema.ts';

/** The kinds a dataset gets when it defines none: the seven the letter's events use. */
export const DEFAULT_KINDS: readonly KindDefinition[] = [
  {
    id: 'violence',
    label: 'Violence',
    description: 'Physical attacks, killings, arson, break-ins',
    color: '#b42318',
  },
  {
    id: 'threat',
    label: 'Threat',
    description: 'Threats and accusations aimed at people',
    color: '#9a3412',
  },
  {
    id: 'harassment',
    label: 'Harassment',
    description: 'Intimidation short of violence: eggs, hostile banners',
    color: '#7c3aed',
  },
  {
    id: 'police-action',
    label: 'Police action',
    description: 'Searches, detentions, confiscations by the police',
    color: '#1d4ed8',
  },
  {
    id: 'official-statement',
    label: 'Official statement',
    description: 'Statements and denials by officials',
    color: '#0f766e',
  },
  {
    id: 'legal-step',
    label: 'Legal step',
    description: 'Complaints, requests to investigators, court steps',
    color: '#4d7c0f',
  },
  {
    id: 'advocacy',
    label: 'Advocacy',
    description: 'Human-rights work, letters and appeals',
    color: '#475569',
  },
];
