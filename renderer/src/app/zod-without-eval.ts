import { z } from 'zod';

/**
 * Zod probes for eval (`new Function`) to compile faster parsers. Our CSP forbids eval, so the
 * probe can only fail, and each failure files a script-src violation report, noise that would
 * hide a real one. Parse without it from the outset. Zod probes when a schema is built, at the top
 * level of whichever chunk builds it, so importing this first is not enough once chunks are split:
 * the build puts this module in zod's own chunk, right after zod (build/vite.renderer.config.ts).
 */
z.config({ jitless: true });
