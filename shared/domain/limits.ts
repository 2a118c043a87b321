/**
 * Every bound the file format enforces, in one table, so input fields can use the same numbers
 * as `maxLength` and a facilitator never types past a limit that would then refuse to save.
 *
 * String lengths are in UTF-16 code units (what `string.length` and `maxLength` count).
 */
export const LIMITS = {
  /** Names, titles, roles, labels: one line. */
  shortText: 200,
  /** Anything a room might write a paragraph into. */
  longText: 20_000,

  participants: 200,
  preMortemRisks: 500,
  riskAnswers: 50,
  /** 100 until record version 3 added three defaults to every plan, so a full plan still fits. */
  standards: 103,
  raciParties: 50,
  raciActivities: 200,
  transitionMembers: 200,
  transitionActivities: 200,
  exitCriteria: 200,
  hypotheses: 100,
  hypothesisTests: 50,
  notes: 2_000,
  noteGroups: 500,
  voteSessions: 100,
  parkingLot: 1_000,
  decisions: 1_000,
  actions: 1_000,
  agendaBlocks: 50,
  openQuestions: 1_000,
  inputVarieties: 50,
  acceptedFindings: 500,
  goldenSetSize: 1_000_000_000,
  sessions: 200,
  readinessPoints: 500,
  /** Status changes kept per action: a year of weekly follow-ups is about 50. */
  statusHistory: 200,

  /** Weeks for a transition, a pilot or a week plan: two years is already absurd. */
  weeks: 104,
  horizonYears: 20,
  /**
   * Money is integer cents. 10^13 cents is 100 billion currency units: any real pilot fits, and a
   * 20-year sum of every line stays far below Number.MAX_SAFE_INTEGER (9 × 10^15), so the cost
   * engine can add and multiply without BigInt and stay exact to the cent.
   */
  moneyCents: 10_000_000_000_000,
  volumePerDay: 1_000_000_000_000,
  voteBudget: 10,
  agendaBlockMinutes: 600,
  /** A single stage timer; a day is generous. */
  timerDurationMs: 24 * 60 * 60 * 1000,
  /** Time spent or elapsed on a stage: a workshop reopened over a week still fits. */
  elapsedMs: 7 * 24 * 60 * 60 * 1000,
  /** Largest epoch milliseconds a JavaScript Date accepts. */
  epochMs: 8_640_000_000_000_000,
} as const;
