/** The part of jsdom's API the Node tests use (it ships no types): a window to parse HTML with. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
