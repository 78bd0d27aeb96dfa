import type { EventKind } from '../dataset/schema.ts';

/** How each kind of event is named for readers (colours live in the stylesheet as .kind-*). */
export const KIND_LABELS: Record<EventKind, string> = {
  violence: 'Violence',
  threat: 'Threat',
  harassment: 'Harassment',
  'police-action': 'Police action',
  'official-statement': 'Official statement',
  'legal-step': 'Legal step',
  advocacy: 'Advocacy',
};
