import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'build/eslint.config.js' });

async function violations(filePath: string, code: string, ruleId: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).length;
}

const restrictedImports = (filePath: string, code: string) => violations(filePath, code, 'no-restricted-imports');

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

/** The renderer's own layers: app → features → editing → db/host/ui → shared, features walled off. */
describe('renderer layers', () => {
  it.each([
    ['renderer/src/app/App.tsx', "import { LibraryScreen } from '../features/library/LibraryScreen';", 0],
    ['renderer/src/features/room/RoomNotes.tsx', "import { AutosaveField } from '../../editing/AutosaveField';", 0],
    ['renderer/src/features/room/RoomNotes.tsx', "import { getDatabase } from '../../db/instance';", 0],
    ['renderer/src/features/room/RoomNotes.tsx', "import { ErrorBoundary } from '../../app/ErrorBoundary';", 1],
    ['renderer/src/features/workshop/WorkshopScreen.tsx', "import { RoomSection } from '../room';", 0],
    ['renderer/src/features/workshop/WorkshopScreen.tsx', "import { RoomSection } from '../room/index';", 0],
    ['renderer/src/features/workshop/WorkshopScreen.tsx', "import { RoomSection } from '../room/RoomSection';", 1],
    ['renderer/src/features/stages/cost/CostStage.tsx', "import { TimerControl } from '../../timer/TimerControl';", 1],
    ['renderer/src/features/stages/cost/CostStage.tsx', "import type { StageProps } from '../stage-props';", 0],
    ['renderer/src/editing/AutosaveField.tsx', "import { RoomNotes } from '../features/room/RoomNotes';", 1],
    ['renderer/src/editing/AutosaveField.tsx', "import { commitField } from '../db/workshops';", 0],
    ['renderer/src/db/workshops.ts', "import { getAutosave } from '../editing/autosave';", 1],
    ['renderer/src/ui/Modal.tsx', "import { LibraryScreen } from '../features/library/LibraryScreen';", 1],
    ['renderer/src/host/webHost.ts', "import { isTextEditingTarget } from '../ui/text-editing';", 0],
  ])(
    '%s: %s -> %i violation(s)',
    async (filePath, code, expected) => {
      expect(await violations(filePath, `${code}\nexport {};\n`, 'endfirst/renderer-layers')).toBe(expected);
    },
    30_000,
  );
});
