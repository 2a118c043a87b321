import { electronAvailability, REQUIRE_ELECTRON_ENV } from './electron-availability';

/** Playwright's global setup: one loud line when the smoke test cannot run here. */
export default function announceSkip(): void {
  const availability = electronAvailability();
  if (!('skipReason' in availability)) return;
  if (process.env[REQUIRE_ELECTRON_ENV] === '1') {
    throw new Error(`${REQUIRE_ELECTRON_ENV}=1 but there is ${availability.skipReason}`);
  }
  console.log(`\nSKIPPED: ${availability.skipReason}\n`);
}
