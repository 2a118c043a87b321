import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const buildDir = path.join(repoRoot, 'build');

// Loaded fresh each time so one test's mutation cannot leak into another.
function loadConfig(): Configuration {
  const configPath = require.resolve('../../../build/electron-builder.config.cjs');
  const config = require(configPath) as Configuration;
  return structuredClone(config);
}

/** electron-builder's own validation (ajv over app-builder-lib/scheme.json), as `npm run dist` runs it. */
async function validateLikeElectronBuilder(config: Configuration): Promise<void> {
  const builderRequire = createRequire(require.resolve('electron-builder'));
  const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration: (config: Configuration, debugLogger: { isEnabled: boolean }) => Promise<void>;
  };
  await validateConfiguration(config, { isEnabled: false });
}

describe('electron-builder config', () => {
  // Compiling electron-builder's schema with ajv takes a couple of seconds on a cold start.
  it('passes electron-builder’s own schema validation', { timeout: 30_000 }, async () => {
    await expect(validateLikeElectronBuilder(loadConfig())).resolves.toBeUndefined();
  });

  it('is checked by a validator that rejects unknown keys (so the test above means something)', { timeout: 30_000 }, async () => {
    const misspelt = { ...loadConfig(), electronFuses: { runAsnode: false } } as unknown as Configuration;
    await expect(validateLikeElectronBuilder(misspelt)).rejects.toThrow(/electronFuses/);
    const unknownTopLevel = { ...loadConfig(), fileAssociation: [] } as unknown as Configuration;
    await expect(validateLikeElectronBuilder(unknownTopLevel)).rejects.toThrow(/fileAssociation/);
  });

  it('flips the security fuses of rule 10 (electron/README.md)', () => {
    expect(loadConfig().electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('identifies the app and ships only the built bundle, inside an asar', () => {
    const config = loadConfig();
    const packageJson = require('../../../package.json') as { productName: string; main: string };
    expect(config.appId).toBe('app.endfirst.desktop');
    expect(config.productName).toBe('Endfirst');
    expect(config.productName).toBe(packageJson.productName);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/**/*', '!dist/**/*.map', '!**/*.{ts,tsx}', 'package.json']);
    expect(packageJson.main.startsWith('dist/')).toBe(true);
    expect(config.publish).toBeNull();
  });

  it('opens .endfirst workshop files', () => {
    const [association, ...others] = [loadConfig().fileAssociations].flat();
    expect(others).toEqual([]);
    expect(association).toEqual({
      ext: 'endfirst',
      name: 'Endfirst workshop',
      description: 'Endfirst workshop',
      role: 'Editor',
      mimeType: 'application/x-endfirst+json',
      icon: 'icons/document',
    });
    // electron-builder appends .icns (macOS) or .ico (Windows) and fails the build if it is missing.
    expect(existsSync(path.join(buildDir, 'icons/document.icns'))).toBe(true);
    expect(existsSync(path.join(buildDir, 'icons/document.ico'))).toBe(true);
  });

  it('builds AppImage and deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    const config = loadConfig();
    expect(config.linux).toMatchObject({
      target: ['AppImage', 'deb'],
      category: 'Office',
      maintainer: expect.stringMatching(/^.+ <.+@.+>$/),
      synopsis: expect.any(String),
      icon: 'icons/png',
    });
    expect(config.win).toMatchObject({ target: ['nsis'], icon: 'icon.ico' });
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(config.mac).toMatchObject({
      target: ['dmg'],
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
      icon: 'icon.icns',
    });
    for (const icon of ['icons/png', 'icon.ico', 'icon.icns']) {
      expect(existsSync(path.join(buildDir, icon)), icon).toBe(true);
    }
  });
});
