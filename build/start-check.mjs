#!/usr/bin/env node
// `npm start` and `npm run dev` run this first, before the build, so a machine that cannot launch
// Electron is told so in one paragraph instead of a build followed by a stack trace.
//
// Two Node versions matter here. Building and testing run on Node 20.19+ (vite, vitest and
// electron-vite need it; `engines` in package.json says so, and `npm test` never launches
// Electron). Launching needs Node 22.12+, because the `electron` package (45) requires it to
// download and start its binary. Once running, the app uses the Node built into Electron, so
// the facilitator's installed app needs no Node at all.
//
// The logic is a pure function (`checkStartRequirements`) tested in test/unit/build/start-check.test.ts;
// the script around it only gathers the facts.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What the `electron` package (45) declares in its own `engines`. */
export const MINIMUM_NODE_TO_LAUNCH = '22.12.0';

/** The command that downloads Electron's binary into node_modules/electron/dist. */
export const INSTALL_ELECTRON_BINARY = 'node node_modules/electron/install.js';

/** @param {string} version e.g. "v20.20.2" or "22.12.0" */
export function parseVersion(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** True when `version` is at least `minimum`; an unreadable version is treated as too old. */
export function isAtLeast(version, minimum) {
  const have = parseVersion(version);
  const need = parseVersion(minimum);
  if (have === null || need === null) return false;
  for (let index = 0; index < 3; index += 1) {
    if (have[index] !== need[index]) return have[index] > need[index];
  }
  return true;
}

/**
 * @param {{ nodeVersion: string, electron: 'present' | 'no-package' | 'not-downloaded' }} facts
 * @returns {{ ok: true } | { ok: false, message: string }}
 */
export function checkStartRequirements({ nodeVersion, electron }) {
  const nodeTooOld = !isAtLeast(nodeVersion, MINIMUM_NODE_TO_LAUNCH);
  if (!nodeTooOld && electron === 'present') return { ok: true };

  const problems = [];
  const fixes = [];
  if (nodeTooOld) {
    problems.push(`Electron 45 needs Node.js ${MINIMUM_NODE_TO_LAUNCH} or newer to launch, and this is Node.js ${nodeVersion.replace(/^v/, '')}`);
    fixes.push('install Node.js 22 LTS or newer (for example `nvm install 22 && nvm use 22`)');
  }
  if (electron === 'no-package') {
    problems.push('the dependencies are not installed (node_modules/electron is missing)');
    fixes.push('run `npm ci`');
  } else if (electron === 'not-downloaded') {
    problems.push(
      "Electron's program is not in node_modules/electron/dist (installing with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or without access to github.com, leaves it out)",
    );
    fixes.push(`download Electron's program with \`${INSTALL_ELECTRON_BINARY}\` (needs access to github.com)`);
  }
  const message =
    `Endfirst cannot start: ${problems.join('; and ')}. ` +
    `To fix it, ${fixes.join(', then ')}, and run \`npm start\` again. ` +
    '(`npm test` and `npm run web` work without Electron.)';
  return { ok: false, message };
}

/**
 * The Electron executable, found the way node_modules/electron/index.js finds it but without
 * requiring that file: when the binary is missing it starts a download, and this check must never
 * touch the network.
 * @param {string} [fromDir] where to resolve the `electron` package from
 * @returns {{ state: 'present', executable: string } | { state: 'no-package' | 'not-downloaded' }}
 */
export function findElectronExecutable(fromDir = fileURLToPath(new URL('..', import.meta.url))) {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(path.join(fromDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { state: 'no-package' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { state: 'not-downloaded' };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const executable = path.join(process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? path.join(packageDir, 'dist'), relative);
  return relative !== '' && existsSync(executable) ? { state: 'present', executable } : { state: 'not-downloaded' };
}

/**
 * @param {string} [fromDir]
 * @returns {'present' | 'no-package' | 'not-downloaded'}
 */
export function electronBinaryState(fromDir) {
  return findElectronExecutable(fromDir).state;
}

function main() {
  const result = checkStartRequirements({ nodeVersion: process.version, electron: electronBinaryState() });
  if (result.ok) return;
  console.error(`\n${result.message}\n`);
  process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
