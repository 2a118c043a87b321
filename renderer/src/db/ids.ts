/** Primary keys are UUIDs made on this machine and never changed afterwards. */
export const newId = (): string => crypto.randomUUID();

export const nowIso = (): string => new Date().toISOString();

/** Today's date where the facilitator is, as YYYY-MM-DD (toISOString would give the UTC day). */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
