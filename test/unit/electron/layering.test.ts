import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const electronDir = fileURLToPath(new URL('../../../electron', import.meta.url));

async function sources(folder: string): Promise<string[]> {
  const names = await readdir(path.join(electronDir, folder));
  return names.filter((name) => name.endsWith('.ts')).map((name) => path.join(folder, name));
}

/** `import { x } from 'y'` (values), not `import type`. */
function valueImportsOf(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((match) => match[1] ?? '');
}

describe('electron/ layering', () => {
  it('imports Electron values only in the two entry files, so everything else runs under Vitest', async () => {
    const files = [...(await sources('main')), ...(await sources('preload'))];
    const offenders: string[] = [];
    for (const file of files) {
      if (file === path.join('main', 'index.ts') || file === path.join('preload', 'index.ts')) continue;
      const source = await readFile(path.join(electronDir, file), 'utf8');
      if (valueImportsOf(source).includes('electron')) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps zod out of the preload: it imports channel names only, and contract types only', async () => {
    for (const file of await sources('preload')) {
      const source = await readFile(path.join(electronDir, file), 'utf8');
      const imports = valueImportsOf(source);
      expect(imports.filter((specifier) => specifier.includes('shared/')), file).toEqual(
        imports.filter((specifier) => specifier.endsWith('shared/ipc/channels')),
      );
      expect(imports, file).not.toContain('zod');
    }
  });

  it('never uses sendSync or a fire-and-forget ipcMain.on', async () => {
    for (const file of [...(await sources('main')), ...(await sources('preload'))]) {
      const source = await readFile(path.join(electronDir, file), 'utf8');
      expect(source, file).not.toMatch(/\.sendSync\(|ipcMain\.on\(|ipcRenderer\.send\(/);
    }
  });
});
