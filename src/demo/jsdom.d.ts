// The part of jsdom's API the demo (a window for DOMPurify in Node) and scripts/fuzz.ts (windows at
// the webmails' addresses) use. jsdom ships no types and @types/jsdom is not installed; remove this
// file if it ever is.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}
