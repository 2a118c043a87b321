import { z } from 'zod';

/**
 * Zod probes for eval (`new Function`) to compile faster parsers. Our CSP forbids eval, so the
 * probe can only fail, and each failure files a script-src violation report, noise that would
 * hide a real one. Parse without it from the outset. Imported first by main.tsx: the probe runs
 * on the first parse, which may come from any module's top level.
 */
z.config({ jitless: true });
