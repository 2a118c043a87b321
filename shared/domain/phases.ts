/**
 * Where a plan is in the method's flow, shown and filtered in the library. A plain list, apart from
 * the zod schemas, because the library's first paint reads it and must not load zod.
 */
export const PHASES = ['planning', 'pilot', 'go-no-go', 'transition', 'production', 'stopped'] as const;
export type Phase = (typeof PHASES)[number];
