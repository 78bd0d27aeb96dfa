import { randomId } from './draft-store.ts';

/** The channel every tab of the editor shares (one origin). */
export const DRAFTS_CHANNEL = 'source-timeline-drafts';

type Message =
  | { type: 'open' | 'here' | 'closed'; draft: string; tab: string }
  | { type: 'saved'; draft: string; tab: string; updated: number };

export interface DraftChannelEvents {
  /** How many other tabs have this draft open, each time that changes. */
  onOtherTabs: (count: number) => void;
  /** Another tab saved this draft, at this `updated` time. */
  onSaved: (updated: number) => void;
}

export interface DraftChannel {
  announceSaved: (updated: number) => void;
  leave: () => void;
}

function isMessage(data: unknown, draft: string): data is Message {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<Message>;
  return message.draft === draft && typeof message.tab === 'string';
}

/**
 * Tells the other tabs that this one has the draft open and listens for theirs: a tab that
 * opens says `open`, the tabs already there answer `here`, a tab that goes says `closed`.
 * Where the browser has no BroadcastChannel, the tab is alone as far as it can know.
 */
export function joinDraftChannel(draft: string, events: DraftChannelEvents): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') return { announceSaved: () => {}, leave: () => {} };
  const tab = randomId();
  const channel = new BroadcastChannel(DRAFTS_CHANNEL);
  const others = new Set<string>();
  const post = (message: Message) => channel.postMessage(message);
  const count = (change: () => void) => {
    const before = others.size;
    change();
    if (others.size !== before) events.onOtherTabs(others.size);
  };
  channel.onmessage = ({ data }: MessageEvent<unknown>) => {
    if (!isMessage(data, draft) || data.tab === tab) return;
    if (data.type === 'closed') return count(() => others.delete(data.tab));
    count(() => others.add(data.tab));
    if (data.type === 'open') post({ type: 'here', draft, tab });
    if (data.type === 'saved') events.onSaved(data.updated);
  };
  post({ type: 'open', draft, tab });
  return {
    announceSaved: (updated) => post({ type: 'saved', draft, tab, updated }),
    leave: () => {
      post({ type: 'closed', draft, tab });
      channel.close();
    },
  };
}
