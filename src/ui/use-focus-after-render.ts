import { useCallback, useLayoutEffect, useRef } from 'react';

type FindTarget = () => HTMLElement | null | undefined;

/**
 * Focus to move once React has committed the view a change leads to (a closed panel's list
 * entry, the opened event's heading), found through a ref that the target's owner keeps. The
 * move happens in the commit itself, so no timer can land after the reader has moved on; a
 * request that no render follows (a change that changed nothing) is dropped when the task ends.
 */
export function useFocusAfterRender(): (find: FindTarget) => void {
  const pending = useRef<FindTarget | undefined>(undefined);
  useLayoutEffect(() => {
    const find = pending.current;
    if (find === undefined) return;
    pending.current = undefined;
    find()?.focus();
  });
  return useCallback((find: FindTarget) => {
    pending.current = find;
    window.setTimeout(() => {
      if (pending.current === find) pending.current = undefined;
    }, 0);
  }, []);
}
