import { useEffect } from 'react';

/** Names the page after the view that stands in for the story (loading, a failure). */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — Source Timeline`;
  }, [title]);
}
