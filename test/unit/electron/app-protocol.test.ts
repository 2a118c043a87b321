import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, isInsideFolder, registerAppScheme, resolveAppPath } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../shared/security';

const SECRET = 'the secret beside the renderer folder';
let sandbox: string;
let rendererDir: string;
let handle: (request: Request) => Promise<Response>;

/**
 * The handler only reads `method` and `url`. Node's Request normalises URLs the way Chromium
 * usually does, so to prove the handler holds on its own we also hand it raw, un-normalised URLs.
 */
const rawRequest = (url: string, method = 'GET') => ({ url, method }) as Request;

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), 'endfirst-protocol-'));
  rendererDir = path.join(sandbox, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await mkdir(path.join(sandbox, 'renderer-evil'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Endfirst</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(sandbox, 'secret.txt'), SECRET);
  await writeFile(path.join(sandbox, 'renderer-evil', 'secret.txt'), SECRET);
  handle = createAppProtocolHandler({ rootDir: rendererDir, readFile: (file) => readFile(file) });
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('registerAppScheme', () => {
  it('registers app:// once, standard and secure, without letting other origins read it', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ]);
  });
});

describe('app:// protocol handler', () => {
  it.each(['app://endfirst/', 'app://endfirst', 'app://endfirst/index.html', 'app://ENDFIRST/index.html'])(
    'serves index.html for %s',
    async (url) => {
      const response = await handle(new Request(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Endfirst</title>');
    },
  );

  it('serves assets with their content type', async () => {
    const js = await handle(new Request('app://endfirst/assets/app.js'));
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app")');
    const css = await handle(new Request('app://endfirst/assets/app.css'));
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.ico', 'image/x-icon'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.exe', 'application/octet-stream'],
  ])('labels %s as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it('sends the CSP and nosniff with every answer, errors included', async () => {
    for (const request of [
      new Request('app://endfirst/'),
      new Request('app://endfirst/missing.js'),
      new Request('app://endfirst/', { method: 'POST', body: 'x' }),
      rawRequest('app://endfirst/..%2fsecret.txt'),
    ]) {
      const response = await handle(request);
      expect(response.headers.get('Content-Security-Policy'), request.url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('X-Content-Type-Options'), request.url).toBe('nosniff');
    }
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const response = await handle(rawRequest('app://endfirst/index.html', method));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://endfirst/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each(['app://other/index.html', 'app://endfirst.evil/index.html', 'app://evil@endfirst/index.html', 'app://endfirst:8080/index.html'])(
    'refuses another host %s with 404',
    async (url) => {
      expect((await handle(rawRequest(url))).status).toBe(404);
    },
  );

  it.each(['app://endfirst/missing.js', 'app://endfirst/assets/', 'app://endfirst/assets'])('answers %s with 404 and never throws', async (url) => {
    expect((await handle(new Request(url))).status).toBe(404);
  });

  it('answers malformed percent-encoding with 400', async () => {
    expect((await handle(rawRequest('app://endfirst/%E0%A4%A'))).status).toBe(400);
  });

  describe('cannot be walked out of the renderer folder', () => {
    const secretPath = () => path.join(sandbox, 'secret.txt');
    const traversals: [string, () => string][] = [
      ['dot-dot', () => 'app://endfirst/../secret.txt'],
      ['dot-dot after a folder', () => 'app://endfirst/assets/../../secret.txt'],
      ['encoded dots', () => 'app://endfirst/%2e%2e/secret.txt'],
      ['encoded upper-case dots', () => 'app://endfirst/%2E%2E/secret.txt'],
      ['encoded slash', () => 'app://endfirst/..%2fsecret.txt'],
      ['encoded dots and slash', () => 'app://endfirst/%2e%2e%2fsecret.txt'],
      ['encoded slash after a folder', () => 'app://endfirst/assets%2f..%2f..%2fsecret.txt'],
      ['into a sibling with the same prefix', () => 'app://endfirst/..%2frenderer-evil%2fsecret.txt'],
      ['backslash', () => 'app://endfirst/..\\secret.txt'],
      ['encoded backslash', () => 'app://endfirst/..%5csecret.txt'],
      ['double encoding', () => 'app://endfirst/%252e%252e%252fsecret.txt'],
      ['double-encoded dots as a folder', () => 'app://endfirst/%252e%252e/secret.txt'],
      ['a NUL byte', () => 'app://endfirst/index.html%00.txt'],
      ['an absolute path', () => `app://endfirst/${secretPath()}`],
      ['an encoded absolute path', () => `app://endfirst/${encodeURIComponent(secretPath())}`],
      ['a double slash', () => `app://endfirst//${secretPath()}`],
      ['a Windows drive', () => 'app://endfirst/C:/Windows/win.ini'],
      ['a Windows stream', () => 'app://endfirst/index.html::$DATA'],
    ];

    it.each(traversals)('refuses %s', async (_label, url) => {
      for (const request of [rawRequest(url()), new Request(url())]) {
        const response = await handle(request);
        expect(response.status, request.url).not.toBe(200);
        expect([400, 403, 404]).toContain(response.status);
        expect(await response.text()).not.toContain(SECRET);
      }
    });

    it.each([
      ['dot-dot', 'app://endfirst/..%2fsecret.txt'],
      ['backslash', 'app://endfirst/..\\secret.txt'],
      ['encoded backslash', 'app://endfirst/a%5cb'],
      ['NUL', 'app://endfirst/index.html%00'],
    ])('answers a raw %s with 403, not just a miss', async (_label, url) => {
      expect((await handle(rawRequest(url))).status).toBe(403);
    });

    it('decodes exactly once: a double-encoded %252e%252e is a literal folder name, not a way up', () => {
      expect(resolveAppPath('app://endfirst/%252e%252e/secret.txt', rendererDir)).toEqual({
        filePath: path.join(rendererDir, '%2e%2e', 'secret.txt'),
      });
    });
  });
});

describe('app:// with a team server saved', () => {
  const TEAM_POLICY = contentSecurityPolicy('wss://sync.example.org');
  /** The built index.html, as far as the policy is concerned: the meta tag the build writes. */
  const builtIndex = `<!doctype html><html><head><meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" /><title>Endfirst ✓</title></head></html>`;
  let builtDir: string;

  beforeAll(async () => {
    builtDir = path.join(sandbox, 'built');
    await mkdir(path.join(builtDir, 'assets'), { recursive: true });
    await writeFile(path.join(builtDir, 'index.html'), builtIndex);
    await writeFile(path.join(builtDir, 'assets', 'app.js'), `// mentions content="${CONTENT_SECURITY_POLICY}" but is no page`);
  });

  function serve(policy: () => string, warn: (message: string) => void = () => undefined) {
    return createAppProtocolHandler({ rootDir: builtDir, readFile: (file) => readFile(file), contentSecurityPolicy: policy, warn });
  }
  const metaOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

  it.each([
    ['no team server', CONTENT_SECURITY_POLICY],
    ['a team server', TEAM_POLICY],
  ])('with %s, index.html carries the same policy as header and meta tag', async (_label, policy) => {
    const handle = serve(() => policy);
    for (const url of ['app://endfirst/', 'app://endfirst/index.html']) {
      const response = await handle(new Request(url));
      const html = await response.text();
      expect(response.headers.get('Content-Security-Policy'), url).toBe(policy);
      expect(metaOf(html), url).toBe(policy);
      expect(response.headers.get('Cache-Control'), url).toBe('no-store');
      expect(Number(response.headers.get('Content-Length')), url).toBe(new TextEncoder().encode(html).byteLength);
      expect(html, 'the rest of the page is untouched').toBe(builtIndex.replace(CONTENT_SECURITY_POLICY, policy));
    }
  });

  it('without a team server sends the built file byte for byte', async () => {
    const response = await serve(() => CONTENT_SECURITY_POLICY)(new Request('app://endfirst/'));
    expect(await response.text()).toBe(builtIndex);
  });

  it('names the team server in every answer’s header, errors included, and rewrites no other file', async () => {
    const handle = serve(() => TEAM_POLICY);
    const script = await handle(new Request('app://endfirst/assets/app.js'));
    expect(script.headers.get('Content-Security-Policy')).toBe(TEAM_POLICY);
    expect(await script.text()).toContain(CONTENT_SECURITY_POLICY);
    for (const request of [new Request('app://endfirst/missing.js'), new Request('app://endfirst/', { method: 'POST', body: 'x' }), rawRequest('app://endfirst/..%2fsecret.txt')]) {
      expect((await handle(request)).headers.get('Content-Security-Policy'), request.url).toBe(TEAM_POLICY);
    }
  });

  it('asks for the policy at each request, so a saved address is in the very next load', async () => {
    let policy = CONTENT_SECURITY_POLICY;
    const handle = serve(() => policy);
    expect(metaOf(await (await handle(new Request('app://endfirst/'))).text())).toBe(CONTENT_SECURITY_POLICY);
    policy = TEAM_POLICY;
    const reloaded = await handle(new Request('app://endfirst/'));
    expect(reloaded.headers.get('Content-Security-Policy')).toBe(TEAM_POLICY);
    expect(metaOf(await reloaded.text())).toBe(TEAM_POLICY);
  });

  it('answers HEAD with the length of the page it would send', async () => {
    const response = await serve(() => TEAM_POLICY)(new Request('app://endfirst/index.html', { method: 'HEAD' }));
    expect(await response.text()).toBe('');
    expect(Number(response.headers.get('Content-Length'))).toBe(new TextEncoder().encode(builtIndex.replace(CONTENT_SECURITY_POLICY, TEAM_POLICY)).byteLength);
  });

  it('serves an index.html without the built tag unchanged, with a warning, never a looser page', async () => {
    // The first describe's renderer folder holds an index.html with no meta tag at all.
    const warnings: string[] = [];
    const handle = createAppProtocolHandler({ rootDir: rendererDir, readFile: (file) => readFile(file), contentSecurityPolicy: () => TEAM_POLICY, warn: (message) => warnings.push(message) });
    const response = await handle(new Request('app://endfirst/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Endfirst</title>');
    expect(response.headers.get('Content-Security-Policy')).toBe(TEAM_POLICY);
    expect(warnings).toEqual([expect.stringContaining('meta tag')]);
  });
});

describe('isInsideFolder (the last, independent traversal check)', () => {
  it.each([
    ['/srv/app/renderer/index.html', true],
    ['/srv/app/renderer/assets/app.js', true],
    ['/srv/app/renderer', false],
    ['/srv/app/renderer-evil/secret.txt', false],
    ['/srv/app/secret.txt', false],
    ['/srv/app/renderer/../secret.txt', false],
    ['/etc/passwd', false],
  ])('%s inside /srv/app/renderer → %s', (candidate, expected) => {
    expect(isInsideFolder('/srv/app/renderer', candidate)).toBe(expected);
  });
});
