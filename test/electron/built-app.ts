import { existsSync, readdirSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Sources that end up in dist/main and dist/preload. */
const SOURCE_FOLDERS = ['electron', 'shared'];

function newestSourceTime(): { file: string; time: number } {
  let newest = { file: '', time: 0 };
  for (const folder of SOURCE_FOLDERS) {
    const entries = readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' });
    for (const entry of entries) {
      if (!entry.endsWith('.ts')) continue;
      const file = path.join(folder, entry);
      const time = statSync(path.join(repoRoot, file)).mtimeMs;
      if (time > newest.time) newest = { file, time };
    }
  }
  return newest;
}

/**
 * The absolute path of a built file. The boot tests run what `npm run build:app` made, so a
 * missing or out-of-date build fails here with the command that fixes it, rather than testing
 * yesterday's wiring.
 */
export function builtFile(relative: string): string {
  const file = path.join(repoRoot, relative);
  if (!existsSync(file)) {
    throw new Error(`${relative} is missing: the boot tests load the built app. Run \`npm run build:app\` first.`);
  }
  const newest = newestSourceTime();
  if (newest.time > statSync(file).mtimeMs) {
    throw new Error(`${relative} is older than ${newest.file}: the build is out of date. Run \`npm run build:app\` first.`);
  }
  return file;
}

type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;

/**
 * Runs a built CommonJS file with `require('electron')` answered by `fakeElectron`. Node's module
 * loader is hooked only for the duration of the synchronous load, which is when the bundle
 * requires electron (once, at its top).
 */
export function loadWithFakeElectron(file: string, fakeElectron: unknown): void {
  const loader = Module as unknown as { _load: ModuleLoad };
  const original = loader._load;
  loader._load = function load(this: unknown, request, parent, isMain) {
    if (request === 'electron') return fakeElectron;
    return original.call(this, request, parent, isMain);
  };
  try {
    const require = createRequire(import.meta.url);
    delete require.cache[file];
    require(file);
  } finally {
    loader._load = original;
  }
}
