// The engine is compiled without DOM or Node types (so a slip into browser or Node APIs is a
// compile error), but WHATWG URL exists in every runtime it runs in: service worker, Node, tests.
// Declare only the parts the engine uses.
declare class URL {
  constructor(input: string, base?: string);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly href: string;
  readonly searchParams: URLSearchParams;
}
declare class URLSearchParams {
  get(name: string): string | null;
  forEach(callback: (value: string, key: string) => void): void;
}
