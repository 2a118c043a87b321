/**
 * Fixed ids for the sample workshop, so it is byte-for-byte the same on every machine and tests
 * can point at its parts. One 8-hex-digit prefix per kind of item keeps every id distinct; the
 * rest makes a valid version-4 UUID. The app gives the sample fresh ids (reassignIds) when it
 * opens it, so opening it twice never collides.
 */
const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const SAMPLE_WORKSHOP_ID = id('5a3b1e00', 1);

export const sampleIds = {
  participant: (n: number) => id('5a3b1e01', n),
  risk: (n: number) => id('5a3b1e02', n),
  standard: (n: number) => id('5a3b1e03', n),
  raciParty: (n: number) => id('5a3b1e04', n),
  raciActivity: (n: number) => id('5a3b1e05', n),
  transitionActivity: (n: number) => id('5a3b1e06', n),
  exitCriterion: (n: number) => id('5a3b1e07', n),
  hypothesis: (n: number) => id('5a3b1e08', n),
  note: (n: number) => id('5a3b1e09', n),
  noteGroup: (n: number) => id('5a3b1e0a', n),
  voteSession: (n: number) => id('5a3b1e0b', n),
  parkingLot: (n: number) => id('5a3b1e0c', n),
  decision: (n: number) => id('5a3b1e0d', n),
  action: (n: number) => id('5a3b1e0e', n),
  agendaBlock: (n: number) => id('5a3b1e0f', n),
  openQuestion: (n: number) => id('5a3b1e10', n),
  weekPlanRow: (n: number) => id('5a3b1e11', n),
  inputVariety: (n: number) => id('5a3b1e12', n),
  acceptedFinding: (n: number) => id('5a3b1e13', n),
  session: (n: number) => id('5a3b1e14', n),
  trendPoint: (n: number) => id('5a3b1e15', n),
  version: (n: number) => id('5a3b1e16', n),
} as const;

/** The 'session-end' snapshot of the sample's first workshop (SAMPLE_BASELINE), and when it ended. */
export const SAMPLE_BASELINE_VERSION_ID = sampleIds.version(1);
export const SAMPLE_FIRST_SESSION_ENDED_AT = '2026-11-05T11:10:00.000Z';
