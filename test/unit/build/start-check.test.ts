import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStartRequirements, electronBinaryState, isAtLeast } from '../../../build/start-check.mjs';
import type { ElectronBinaryState } from '../../../build/start-check.mjs';

describe('isAtLeast', () => {
  it.each([
    ['v22.12.0', true],
    ['v22.12.1', true],
    ['v24.0.0', true],
    ['v22.11.9', false],
    ['v20.20.2', false],
    ['v18.0.0', false],
    ['not a version', false],
  ])('%s against 22.12.0 → %s', (version, expected) => {
    expect(isAtLeast(version, '22.12.0')).toBe(expected);
  });
});

describe('checkStartRequirements', () => {
  it('lets a machine with Node 22.12+ and the binary start', () => {
    expect(checkStartRequirements({ nodeVersion: 'v22.12.0', electron: 'present' })).toEqual({ ok: true });
  });

  const cases: { name: string; nodeVersion: string; electron: ElectronBinaryState; says: string[]; doesNotSay: string[] }[] = [
    {
      name: 'Node too old, binary present: only Node needs changing',
      nodeVersion: 'v20.20.2',
      electron: 'present',
      says: ['needs Node.js 22.12.0 or newer', 'this is Node.js 20.20.2', 'nvm install 22'],
      doesNotSay: ['install.js', 'npm ci'],
    },
    {
      name: 'binary skipped at install time: the exact download command',
      nodeVersion: 'v22.14.0',
      electron: 'not-downloaded',
      says: ['ELECTRON_SKIP_BINARY_DOWNLOAD=1', '`node node_modules/electron/install.js`'],
      doesNotSay: ['nvm', 'npm ci'],
    },
    {
      name: 'both: Node first, then the binary',
      nodeVersion: 'v20.20.2',
      electron: 'not-downloaded',
      says: ['install Node.js 22 LTS or newer', 'then download Electron', 'node node_modules/electron/install.js'],
      doesNotSay: ['npm ci'],
    },
    {
      name: 'dependencies never installed',
      nodeVersion: 'v22.12.0',
      electron: 'no-package',
      says: ['node_modules/electron is missing', 'run `npm ci`'],
      doesNotSay: ['install.js', 'nvm'],
    },
  ];

  it.each(cases)('$name', ({ nodeVersion, electron, says, doesNotSay }) => {
    const result = checkStartRequirements({ nodeVersion, electron });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.message).toMatch(/^Endfirst cannot start: /);
    // One paragraph, ending with what to do next.
    expect(result.message).not.toContain('\n');
    expect(result.message).toContain('run `npm start` again');
    for (const text of says) expect(result.message).toContain(text);
    for (const text of doesNotSay) expect(result.message).not.toContain(text);
  });
});

describe('electronBinaryState', () => {
  /** A project folder with a fake `electron` package, in the states npm can leave it in. */
  function projectWith(electron: { pathTxt?: string; binary?: string } | null): string {
    const root = mkdtempSync(path.join(tmpdir(), 'endfirst-start-check-'));
    writeFileSync(path.join(root, 'package.json'), '{}');
    if (electron === null) return root;
    const packageDir = path.join(root, 'node_modules', 'electron');
    mkdirSync(path.join(packageDir, 'dist'), { recursive: true });
    writeFileSync(path.join(packageDir, 'package.json'), '{"name":"electron","main":"index.js"}');
    // index.js downloads the binary when it is missing: the check must never run it.
    writeFileSync(path.join(packageDir, 'index.js'), 'throw new Error("index.js must not be loaded")');
    if (electron.pathTxt !== undefined) writeFileSync(path.join(packageDir, 'path.txt'), electron.pathTxt);
    if (electron.binary !== undefined) writeFileSync(path.join(packageDir, 'dist', electron.binary), '');
    return root;
  }

  it.each([
    { name: 'no electron package', electron: null, expected: 'no-package' },
    { name: 'installed with ELECTRON_SKIP_BINARY_DOWNLOAD (no path.txt)', electron: {}, expected: 'not-downloaded' },
    { name: 'path.txt but the binary was deleted', electron: { pathTxt: 'electron' }, expected: 'not-downloaded' },
    { name: 'path.txt and the binary', electron: { pathTxt: 'electron', binary: 'electron' }, expected: 'present' },
  ] as const)('$name → $expected', ({ electron, expected }) => {
    expect(electronBinaryState(projectWith(electron))).toBe(expected);
  });
});
