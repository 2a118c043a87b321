// @ts-check
/**
 * Which Chromium-family browser the browser tests and the bench drive. Pure: the OS, the
 * environment, a file-exists check and Playwright's own browser paths are passed in, so every
 * platform's search can be unit-tested on any machine (test/unit/test-setup/find-browser.test.ts).
 *
 * Order: CHROMIUM_PATH; an installed Chrome, Chromium or Edge (the usual install paths of each OS,
 * then the same names on PATH); Playwright's own download (`npx playwright install chromium`).
 * Plain JavaScript with JSDoc types because `npm test`'s first step runs it with bare Node, before
 * anything is compiled.
 */

/** @typedef {'CHROMIUM_PATH' | 'installed' | 'playwright'} BrowserSource */
/** @typedef {{ readonly executablePath: string, readonly source: BrowserSource }} FoundBrowser */
/**
 * @typedef {object} BrowserSearch
 * @property {string} platform  process.platform
 * @property {Readonly<Record<string, string | undefined>>} env
 * @property {(path: string) => boolean} exists  true for an existing file
 * @property {readonly string[]} playwrightBrowsers  where Playwright keeps its Chromium builds
 */

/** Set to a folder to make the finder look for installed browsers under it instead of under `/` (for trying the "nothing found" path). */
export const SEARCH_ROOT_VARIABLE = 'ENDFIRST_BROWSER_SEARCH_ROOT';

const LINUX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/opt/microsoft/msedge/msedge',
];

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];

/** Executable names looked up on PATH, after the fixed install paths. */
const PATH_NAMES = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'],
  darwin: ['chromium', 'google-chrome'],
  win32: ['chrome.exe', 'msedge.exe'],
};

/**
 * Joins with the platform's separator without node:path, so the Windows list can be tested on Linux.
 * @param {string} platform
 * @param {string[]} parts
 */
function joinPath(platform, ...parts) {
  const separator = platform === 'win32' ? '\\' : '/';
  return parts
    .filter((part) => part !== '')
    .map((part, index) => (index === 0 ? part.replace(/[\\/]+$/, '') : part.replace(/^[\\/]+|[\\/]+$/g, '')))
    .join(separator);
}

/**
 * The usual install locations of Chrome, Chromium and Edge on this OS, in the order they are tried.
 * @param {string} platform
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {string[]}
 */
export function installPaths(platform, env) {
  const root = env[SEARCH_ROOT_VARIABLE] ?? '';
  if (platform === 'darwin') {
    const home = env['HOME'];
    const folders = ['/Applications', ...(home ? [joinPath(platform, home, 'Applications')] : [])];
    return folders.flatMap((folder) => MAC_APPS.map((app) => joinPath(platform, root, folder, app)));
  }
  if (platform === 'win32') {
    const folders = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      /** @returns {folder is string} */ (folder) => Boolean(folder),
    );
    return folders.flatMap((folder) => WINDOWS_APPS.map((app) => (root ? joinPath(platform, root, folder.replace(/^[A-Za-z]:/, ''), app) : joinPath(platform, folder, app))));
  }
  return LINUX_PATHS.map((path) => (root ? joinPath(platform, root, path) : path));
}

/**
 * The same browsers by name in each PATH folder (Homebrew, Nix, a portable install…).
 * @param {string} platform
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {string[]}
 */
export function pathCandidates(platform, env) {
  const names = PATH_NAMES[/** @type {keyof typeof PATH_NAMES} */ (platform)] ?? PATH_NAMES.linux;
  const pathValue = env['PATH'] ?? env['Path'] ?? '';
  const folders = pathValue.split(platform === 'win32' ? ';' : ':').filter((folder) => folder !== '');
  return folders.flatMap((folder) => names.map((name) => joinPath(platform, folder, name)));
}

/**
 * The first browser that exists, or null. CHROMIUM_PATH, when set, is the only choice: a wrong
 * path there is a mistake to report, not a reason to quietly test in another browser.
 * @param {BrowserSearch} search
 * @returns {FoundBrowser | null}
 */
export function findBrowser({ platform, env, exists, playwrightBrowsers }) {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) return exists(chosen) ? { executablePath: chosen, source: 'CHROMIUM_PATH' } : null;
  const installed = [...installPaths(platform, env), ...pathCandidates(platform, env)].find(exists);
  if (installed) return { executablePath: installed, source: 'installed' };
  const downloaded = playwrightBrowsers.find(exists);
  return downloaded ? { executablePath: downloaded, source: 'playwright' } : null;
}

/**
 * The one paragraph `npm test` prints when it has no browser to run the tests in.
 * @param {string} platform
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {string}
 */
export function noBrowserMessage(platform, env) {
  const chosen = env['CHROMIUM_PATH'];
  const setIt =
    platform === 'win32'
      ? 'set CHROMIUM_PATH to its chrome.exe or msedge.exe (PowerShell: $env:CHROMIUM_PATH="C:\\path\\to\\chrome.exe")'
      : 'set CHROMIUM_PATH to its executable (CHROMIUM_PATH=/path/to/chromium npm test)';
  const first = chosen
    ? `CHROMIUM_PATH is set to "${chosen}", but there is no file there.`
    : "The browser tests need Chrome, Chromium or Edge, and none was found: not in CHROMIUM_PATH, not in the usual install folders or on PATH, and Playwright's own Chromium is not installed (its download failed or was not possible).";
  return (
    `${first} Choose one, then run npm test again: ` +
    `install Chromium (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium, or install Google Chrome; Windows: install Chrome or Edge); ` +
    `or ${setIt}; ` +
    "or, with network access, download Playwright's Chromium with npx playwright install chromium."
  );
}
