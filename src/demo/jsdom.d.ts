// The one part of jsdom's API the demo uses (a window for DOMPurify in Node). jsdom ships no types
// and @types/jsdom is not installed; remove this file if it ever is.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
