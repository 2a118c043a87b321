// Types for start-check.mjs, which stays plain JavaScript so `node` runs it before anything is built.

export type ElectronBinaryState = 'present' | 'no-package' | 'not-downloaded';

export const MINIMUM_NODE_TO_LAUNCH: string;
export const INSTALL_ELECTRON_BINARY: string;

export function parseVersion(version: string): [number, number, number] | null;
export function isAtLeast(version: string, minimum: string): boolean;
export function checkStartRequirements(facts: {
  nodeVersion: string;
  electron: ElectronBinaryState;
}): { ok: true } | { ok: false; message: string };
export function findElectronExecutable(
  fromDir?: string,
): { state: 'present'; executable: string } | { state: Exclude<ElectronBinaryState, 'present'> };
export function electronBinaryState(fromDir?: string): ElectronBinaryState;
