import type { ReactNode } from 'react';

/**
 * What a reader without JavaScript gets in place of a control that needs it. React renders
 * the children into the page's HTML and leaves them alone in the browser, where scripting
 * turns them into inert text.
 */
export function NoScript({ children }: { children: ReactNode }) {
  return <noscript>{children}</noscript>;
}
