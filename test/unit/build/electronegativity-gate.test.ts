import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';
import { auditElectron, EXCLUDED_CHECKS, scanWithElectronegativity } from '../../security/electronegativity.mjs';

// electronegativity parses every file with Babel and runs ~40 checks: seconds, not milliseconds.
const SCAN_TIMEOUT_MS = 60_000;
const fixtures = 'test/security/fixtures';

describe('npm run audit:electron gate', () => {
  it(
    'fails a deliberately insecure main process, naming each broken rule',
    async () => {
      const report = await auditElectron({
        electronDir: `${fixtures}/insecure`,
        rendererHtml: `${fixtures}/insecure/no-csp.html`,
      });

      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([]);
      const blockingAt = report.blocking.map((finding) => `${finding.id} ${finding.wholeScan ? '*' : finding.line}`);
      expect(blockingAt).toEqual(
        expect.arrayContaining([
          'NODE_INTEGRATION_JS_CHECK 9', // nodeIntegration: true
          'CONTEXT_ISOLATION_JS_CHECK 10', // contextIsolation: false
          'WEB_SECURITY_JS_CHECK 11', // webSecurity: false
          'HTTP_RESOURCES_JS_CHECK 14', // loadURL('http://…')
          'OPEN_EXTERNAL_JS_CHECK 16', // shell.openExternal(variable)
          'SANDBOX_JS_CHECK 7',
          'LIMIT_NAVIGATION_GLOBAL_CHECK *', // no will-navigate / window-open handler anywhere
          'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK *',
          'CSP_GLOBAL_CHECK *', // the page has no Content-Security-Policy
        ]),
      );
    },
    SCAN_TIMEOUT_MS,
  );

  it(
    'passes main-process code written with the secure patterns the checks recognise',
    async () => {
      const report = await auditElectron({
        electronDir: `${fixtures}/secure`,
        rendererHtml: `${fixtures}/secure/index.html`,
      });

      expect(report.blocking).toEqual([]);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      // The two reviewed exceptions are reported, not hidden.
      expect(report.suppressions.map((suppression) => suppression.text)).toEqual([
        expect.stringContaining('eng-disable PRELOAD_JS_CHECK'),
        expect.stringContaining('eng-disable OPEN_EXTERNAL_JS_CHECK'),
      ]);
    },
    SCAN_TIMEOUT_MS,
  );

  it(
    'fails when there is nothing to scan, instead of passing silently',
    async () => {
      const missing = await auditElectron({ electronDir: 'no-such-folder', rendererHtml: null });
      expect(missing.ok).toBe(false);
      expect(missing.problems).toEqual([expect.stringContaining('no-such-folder does not exist')]);

      const emptyDir = await mkdtemp(path.join(tmpdir(), 'endfirst-empty-'));
      try {
        const empty = await auditElectron({ electronDir: emptyDir, rendererHtml: null });
        expect(empty.ok).toBe(false);
        expect(empty.problems).toEqual([expect.stringContaining('no files were scanned')]);
      } finally {
        await rm(emptyDir, { recursive: true, force: true });
      }
    },
    SCAN_TIMEOUT_MS,
  );

  it('excludes only checks that electronegativity really has, each with a reason', async () => {
    expect(EXCLUDED_CHECKS.map((exclusion) => exclusion.check)).toEqual(['AvailableSecurityFixesGlobalCheck']);
    for (const exclusion of EXCLUDED_CHECKS) expect(exclusion.reason.length).toBeGreaterThan(20);
    await expect(
      scanWithElectronegativity({ input: `${fixtures}/secure`, excludedChecks: ['NoSuchCheck'] }),
    ).rejects.toThrow('Unknown electronegativity checks: NoSuchCheck');
  });
});

describe('the Endfirst Electron code', () => {
  let pageDir: string;

  beforeAll(async () => {
    // The CSP pass needs a page; build one from the same constant main sends as a header and the
    // renderer build writes into index.html, so this test does not depend on a prior `npm run build`.
    pageDir = await mkdtemp(path.join(tmpdir(), 'endfirst-csp-'));
    await writeFile(
      path.join(pageDir, 'index.html'),
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
        `</head><body></body></html>`,
    );
  });

  afterAll(async () => {
    await rm(pageDir, { recursive: true, force: true });
  });

  it(
    'has no electronegativity finding of MEDIUM or above in electron/',
    async () => {
      const report = await auditElectron({ electronDir: 'electron', rendererHtml: path.join(pageDir, 'index.html') });

      expect(report.problems).toEqual([]);
      expect(report.filesScanned.filter((file) => file.startsWith('electron/')).length).toBeGreaterThan(0);
      expect(report.filesScanned.some((file) => file.startsWith('test/security/fixtures'))).toBe(false);
      expect(report.blocking.map((finding) => `${finding.id} ${finding.file}:${finding.line}`)).toEqual([]);
    },
    SCAN_TIMEOUT_MS,
  );
});
