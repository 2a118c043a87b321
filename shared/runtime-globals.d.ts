/**
 * `shared/` compiles without DOM or Node types on purpose. These few WHATWG globals exist in every
 * runtime that runs shared code (Chromium renderer, Electron main, Node tests), so they are declared
 * here — only the members shared code uses.
 */
interface URL {
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly hash: string;
  readonly search: string;
  readonly origin: string;
  readonly href: string;
}
// eslint-disable-next-line no-var -- a global constructor is declared with var, as lib.dom.d.ts does
declare var URL: { new (url: string, base?: string): URL; prototype: URL };
