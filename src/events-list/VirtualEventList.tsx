import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { entryTarget } from './list-keys.ts';

export interface VirtualEventListProps {
  events: readonly PreparedEvent[];
  selectedId: string | undefined;
  /** The entry for an event at a position of the list. */
  renderEntry: (event: PreparedEvent, position: number) => ReactNode;
}

const ENTRY_HEIGHT = 41;

/**
 * A long list that stays a real list: an <ol> whose rendered entries carry their position
 * (aria-posinset / aria-setsize), with ↑ ↓ Home End PageUp PageDown moving focus through all
 * of it, rendering the entries as they come into view.
 */
export function VirtualEventList({ events, selectedId, renderEntry }: VirtualEventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during render here.
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ENTRY_HEIGHT,
    overscan: 8,
  });

  const selectedIndex =
    selectedId === undefined ? -1 : events.findIndex((e) => e.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const entry = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (entry) {
      entry.focus();
      pendingFocus.current = null;
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const to = entryTarget(event, events.length, 20);
    if (to === null) return;
    pendingFocus.current = to;
    virtualizer.scrollToIndex(to, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`[data-index="${to}"]`)?.focus();
  };

  return (
    <div ref={scrollRef} className="virtual-list">
      <ol
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const event = events[item.index];
          if (!event) return null;
          return (
            <li
              key={event.id}
              aria-posinset={item.index + 1}
              aria-setsize={events.length}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
              }}
            >
              {renderEntry(event, item.index)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
