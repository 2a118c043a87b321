/**
 * The workshop runs backwards: production first, pilot last. The order of STAGE_IDS *is* the
 * method, so screens, agenda templates and the stage rail all read it from here.
 */
export const STAGE_IDS = [
  'setup',
  'end-state',
  'operating-model',
  'standards',
  'cost',
  'ownership',
  'transition',
  'pilot',
  'review',
] as const;

export type StageId = (typeof STAGE_IDS)[number];

/** The three ways pilots die at the handoff (METHOD.md, "The problem"). Every stage prevents one or more. */
export const FAILURE_MODE_IDS = ['different-mandates', 'different-standards', 'no-organisational-home'] as const;
export type FailureModeId = (typeof FAILURE_MODE_IDS)[number];

export interface FailureMode {
  readonly id: FailureModeId;
  readonly title: string;
  readonly summary: string;
}

export const FAILURE_MODES: Readonly<Record<FailureModeId, FailureMode>> = {
  'different-mandates': {
    id: 'different-mandates',
    title: 'Different mandates',
    summary:
      'Innovation is rewarded for proving something could work; operations is rewarded for nothing breaking. ' +
      'Operations is right to refuse a risk it had no hand in shaping.',
  },
  'different-standards': {
    id: 'different-standards',
    title: 'Different standards',
    summary:
      'A demo on ten hand-picked documents is not production on thousands of messy ones. ' +
      'The gap is usually a rebuild, and nobody budgeted for it.',
  },
  'no-organisational-home': {
    id: 'no-organisational-home',
    title: 'No organisational home',
    summary:
      'The builders will not run it, the runners did not build it, IT and finance were never asked. ' +
      'Everyone likes it, nobody owns it, and it fades away.',
  },
};

export interface Stage {
  readonly id: StageId;
  /** 0 for setup, 8 for review: shown on the stage rail. */
  readonly number: number;
  readonly title: string;
  /** Short label for tight places (stage rail, agenda rows). */
  readonly shortTitle: string;
  /** The question the room answers, in large type. */
  readonly question: string;
  /** Two or three short lines telling the facilitator how to run the stage. */
  readonly guidance: readonly string[];
  /** The failures this stage prevents, and how, for the collapsible "Why this matters". */
  readonly prevents: readonly FailureModeId[];
  readonly whyItMatters: string;
}

export const STAGES: readonly Stage[] = [
  {
    id: 'setup',
    number: 0,
    title: 'Setup',
    shortTitle: 'Setup',
    question: 'Who is in the room, and what AI capability are we planning for?',
    guidance: [
      'Name the capability in one plain sentence that a person from finance would understand.',
      'List everyone present with their team. Check that someone who will run it day to day is here.',
    ],
    prevents: ['different-mandates'],
    whyItMatters:
      'If operations first hears about the pilot at the handoff, they will rightly refuse a risk they did not shape. ' +
      'Having them in the room from the first minute is the cheapest fix there is.',
  },
  {
    id: 'end-state',
    number: 1,
    title: 'The end state',
    shortTitle: 'End state',
    question: 'A year from now this is live. What exactly runs, for whom, and what does "working" mean?',
    guidance: [
      'Describe production, not the demo: daily volume, expected turnaround, the quality bar.',
      'Say what happens to the inputs that break it: the scanned fax, the missing field, the odd language.',
      'Then the pre-mortem: "A year from now this pilot quietly died. Why?" Capture each reason as a risk.',
    ],
    prevents: ['different-standards'],
    whyItMatters:
      'A pilot judged against a demo will pass and then fail in production. Agreeing the service the room ' +
      'actually needs, and the reasons it could die, gives every later stage something to test against.',
  },
  {
    id: 'operating-model',
    number: 2,
    title: 'Who runs it',
    shortTitle: 'Who runs it',
    question: 'When this works, who runs it?',
    guidance: [
      'Name one operational owner: a person and their team, not "the business" or "IT".',
      'Walk through a bad night: who gets the call at 2am, who they escalate to, what users do while it is down.',
      'Agree who may approve a change to the model or its prompts.',
    ],
    prevents: ['no-organisational-home', 'different-mandates'],
    whyItMatters:
      'Innovation built it but will not run it; operations did not build it and does not own it. ' +
      'Without a named owner who has said yes, the pilot has no home and quietly fades away.',
  },
  {
    id: 'standards',
    number: 3,
    title: 'Production standards',
    shortTitle: 'Standards',
    question: 'What must be true before we call this production-ready?',
    guidance: [
      'Go through the ten standards. For each: does it apply, what is the acceptance test, who owns it, what evidence shows it is met?',
      'Add the standards specific to this capability. A standard that does not apply needs a stated reason.',
    ],
    prevents: ['different-standards'],
    whyItMatters:
      'Standards agreed after the build turn into a rebuild nobody paid for. Agreed now, they shape the ' +
      'pilot so that passing it means something to the people who will run it.',
  },
  {
    id: 'cost',
    number: 4,
    title: 'Lifecycle cost',
    shortTitle: 'Cost',
    question: 'What will this cost over its whole life, and is the benefit worth it?',
    guidance: [
      'Estimate the prototype, the transition to production, yearly operations and yearly maintenance over a horizon of years.',
      'A transition around three times the prototype is normal, not scope creep.',
      'If the benefit does not cover the full lifecycle, the pilot should not start.',
    ],
    prevents: ['different-standards', 'no-organisational-home'],
    whyItMatters:
      'Pilots are budgeted as if the prototype were the product. When the real bill for production arrives, ' +
      'finance has never approved it, and the project stops with nowhere to go.',
  },
  {
    id: 'ownership',
    number: 5,
    title: 'Ownership',
    shortTitle: 'Ownership',
    question: 'For each ongoing activity, who is accountable, and who does the work?',
    guidance: [
      'Fill in the matrix row by row. Each activity has exactly one Accountable and at least one Responsible.',
      'The operational owner is agreed before any code is written and takes part in the pilot.',
    ],
    prevents: ['no-organisational-home'],
    whyItMatters:
      'An activity with no accountable party is done by nobody; one with two is argued about at 2am. ' +
      'A single clear name on each row is what "owned" means.',
  },
  {
    id: 'transition',
    number: 6,
    title: 'The transition team',
    shortTitle: 'Transition',
    question: 'Between "pilot proven" and "live", who works together, for how long, to hand it over?',
    guidance: [
      'Form one blended team: the people who built it and the people who will run it, with a shared mandate.',
      'Plan four to eight weeks. Knowledge moves by working side by side, not by documents alone.',
      'Agree the exit criteria that end the handover, linked to the standards.',
    ],
    prevents: ['different-mandates', 'no-organisational-home'],
    whyItMatters:
      'A handover by document loses why things were built as they were, the edge cases and what failure looks like. ' +
      'A shared team with one goal turns two mandates into one.',
  },
  {
    id: 'pilot',
    number: 7,
    title: 'The pilot',
    shortTitle: 'Pilot',
    question: 'What must the pilot prove about the production model, and how will we decide?',
    guidance: [
      'Each hypothesis tests a piece of production: a standard, the support model, a cost assumption or a pre-mortem risk.',
      'Use realistic data (volume, messy formats, missing fields), not a curated sample.',
      'Set success and stop criteria, and a go/no-go date owned by the operational owner.',
    ],
    prevents: ['different-standards', 'different-mandates'],
    whyItMatters:
      'A pilot that only proves "it can work" answers innovation\'s question and none of operations\'. ' +
      'Testing the production model makes the go/no-go a decision both sides can trust.',
  },
  {
    id: 'review',
    number: 8,
    title: 'Review',
    shortTitle: 'Review',
    question: 'Are we ready to start the pilot, and what must happen first?',
    guidance: [
      'Read the verdict and the findings aloud. Agree who fixes each blocking gap, and by when.',
      'Check that every pre-mortem risk is answered somewhere in the plan.',
    ],
    prevents: ['different-mandates', 'different-standards', 'no-organisational-home'],
    whyItMatters:
      'A plan with known gaps is fine; a plan whose gaps nobody owns is how pilots die. ' +
      'Ending with named actions keeps the room\'s decisions alive after the workshop.',
  },
];

const stageIndexById = new Map<StageId, number>(STAGE_IDS.map((id, index) => [id, index]));

/** Position in the method, 0-based; stages and STAGE_IDS share the same order. */
export function stageIndex(id: StageId): number {
  return stageIndexById.get(id) ?? 0;
}

export function stageById(id: StageId): Stage {
  // STAGES is built from STAGE_IDS in the same order; a test proves it.
  return STAGES[stageIndex(id)] as Stage;
}
