/**
 * How every Playwright run here starts Chromium: Debian's /usr/bin/chromium or CHROMIUM_PATH on a
 * laptop, never Playwright's own download, with nothing that could reach a network.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
