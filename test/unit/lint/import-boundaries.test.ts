import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'build/eslint.config.js' });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

/** The layering of ARCHITECTURE.md, checked by running the project's real lint config. */
describe('import boundaries between the three houses', () => {
  it.each([
    ['renderer/src/x.ts', "import { app } from 'electron';", 1],
    ['renderer/src/x.ts', "import '../../electron/main/index';", 1],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs';", 1],
    ['renderer/src/x.ts', "import { invokeContract } from '../../shared/ipc';", 0],
    ['shared/x.ts', "import { readFile } from 'node:fs';", 1],
    ['shared/x.ts', "import { app } from 'electron';", 1],
    ['shared/x.ts', "import '../renderer/src/main';", 1],
    ['shared/x.ts', "import '../electron/main/index';", 1],
    ['shared/x.ts', "import { useState } from 'react';", 1],
    ['shared/x.ts', "import Dexie from 'dexie';", 1],
    ['shared/x.ts', "import { z } from 'zod';", 0],
    ['electron/main/x.ts', "import '../../renderer/src/main';", 1],
    ['electron/main/x.ts', "import { invokeContract } from '../../shared/ipc';", 0],
    ['electron/main/x.ts', "import { app } from 'electron';", 0],
  ])(
    '%s: %s -> %i violation(s)',
    async (filePath, code, expected) => {
      expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toBe(expected);
    },
    // The first call loads the whole lint config and its plugins, which takes seconds on a busy machine.
    30_000,
  );
});
