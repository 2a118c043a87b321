import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findOnPath, systemTool } from '../../e2e/pdf-system-tools';

const scratch = mkdtempSync(join(tmpdir(), 'endfirst-tools-'));
const empty = mkdtempSync(join(scratch, 'empty-'));
const withTool = mkdtempSync(join(scratch, 'with-tool-'));
const withPlainFile = mkdtempSync(join(scratch, 'not-executable-'));
const withFolderNamedLikeTool = mkdtempSync(join(scratch, 'folder-named-'));
writeFileSync(join(withTool, 'pdffonts'), '#!/bin/sh\n');
chmodSync(join(withTool, 'pdffonts'), 0o755);
writeFileSync(join(withPlainFile, 'pdffonts'), 'not a program');
chmodSync(join(withPlainFile, 'pdffonts'), 0o644);
mkdtempSync(join(withFolderNamedLikeTool, 'pdffonts'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('finding a PDF tool on PATH', () => {
  const posix = process.platform !== 'win32';
  const cases: { name: string; path: string | undefined; found: string | null; posixOnly?: boolean }[] = [
    { name: 'a PATH pointed at an empty folder', path: empty, found: null },
    { name: 'no PATH at all', path: undefined, found: null },
    { name: 'an empty PATH', path: '', found: null },
    { name: 'a folder that holds the program', path: withTool, found: join(withTool, 'pdffonts'), posixOnly: true },
    { name: 'the program in the second folder', path: [empty, withTool].join(delimiter), found: join(withTool, 'pdffonts'), posixOnly: true },
    { name: 'a file of that name that is not executable', path: withPlainFile, found: null, posixOnly: true },
    { name: 'a folder of that name', path: withFolderNamedLikeTool, found: null },
  ];
  for (const { name, path, found, posixOnly } of cases) {
    it.runIf(posix || !posixOnly)(name, () => {
      const env = path === undefined ? {} : { PATH: path };
      expect(findOnPath('pdffonts', env)).toBe(found);
    });
  }

  it('says "not installed" with the install hint when PATH holds no such program', () => {
    expect(systemTool('pdffonts', { PATH: empty })).toEqual({
      installed: false,
      skipReason: 'SKIPPED: pdffonts not installed (apt-get install poppler-utils / brew install poppler)',
    });
    expect(systemTool('qpdf', { PATH: empty })).toEqual({ installed: false, skipReason: 'SKIPPED: qpdf not installed (apt-get install qpdf / brew install qpdf)' });
  });

  it.runIf(posix)('gives the path when the program is there', () => {
    expect(systemTool('pdffonts', { PATH: withTool })).toEqual({ installed: true, path: join(withTool, 'pdffonts') });
  });

  it('finds a Windows program through PATHEXT', () => {
    const windowsFolder = mkdtempSync(join(scratch, 'windows-'));
    writeFileSync(join(windowsFolder, 'qpdf.EXE'), '');
    chmodSync(join(windowsFolder, 'qpdf.EXE'), 0o755);
    expect(findOnPath('qpdf', { PATH: windowsFolder, PATHEXT: '.COM;.EXE' }, 'win32')).toBe(join(windowsFolder, 'qpdf.EXE'));
  });
});
