declare module 'virtual:catalogue/*' {
  import type { Messages } from '@lingui/core';

  /** One language's messages, compiled from src/locales/<lang>/messages.json at build time. */
  export const messages: Messages;
}
