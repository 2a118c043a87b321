import type { HypothesisTest } from '../../domain/pilot';
import type { ReadinessContext } from '../context';
import { type AreaFine, excerpt, filled, type Rule } from '../rule';

/** A link that still points at something in the production model. */
function testsSomething(test: HypothesisTest, context: ReadinessContext): boolean {
  switch (test.kind) {
    case 'operating-model':
    case 'cost':
      return true;
    case 'standard':
      return test.refId !== null && context.standardIds.has(test.refId);
    case 'risk':
      return test.refId !== null && context.riskIds.has(test.refId);
  }
}

/** A pilot with no hypotheses tests nothing at all in the production model. */
export const noHypotheses: Rule = {
  id: 'pilot.no-hypotheses',
  area: 'pilot',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'The pilot has no hypotheses',
  check(workshop) {
    if (workshop.pilot.hypotheses.length > 0) return [];
    return [
      {
        title: 'The pilot has no hypotheses',
        message:
          'The pilot has no hypotheses, so it can only prove that the demo works. Each hypothesis should test a piece ' +
          'of the production model: a standard, the support model, a cost assumption or a pre-mortem risk.',
        fix: { fieldPath: ['pilot', 'hypotheses'], label: 'Add a hypothesis that tests the production model' },
      },
    ];
  },
};

/** shared/method/METHOD.md: "Pilot hypotheses that test nothing in the production model". Dead links do not count. */
export const hypothesisTestsNothing: Rule = {
  id: 'pilot.hypothesis-tests-nothing',
  area: 'pilot',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'A hypothesis tests nothing in the production model',
  check(workshop, context) {
    return workshop.pilot.hypotheses
      .filter((h) => !h.tests.some((t) => testsSomething(t, context)))
      .map((h) => {
        const what = filled(h.statement) ? `The hypothesis "${excerpt(h.statement)}"` : 'A hypothesis with no statement';
        return {
          subject: h.id,
          title: 'A hypothesis tests nothing in production',
          message:
            `${what} is not linked to anything in the production model${h.tests.length > 0 ? ' that still exists' : ''}. ` +
            'Link it to a standard, the operating model, the cost model or a pre-mortem risk, or drop it.',
          fix: { fieldPath: ['pilot', 'hypotheses', { id: h.id }, 'tests'], label: 'Link it to the production model' },
        };
      });
  },
};

/**
 * shared/method/METHOD.md: "pilot data that is curated only". Fires when the room ticked "curated data only", and
 * also when none of messy formats, missing fields or edge cases is planned: curated in all but name.
 */
export const curatedPilotData: Rule = {
  id: 'pilot.curated-data',
  area: 'pilot',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'The pilot data is curated only',
  check({ pilot: { data } }) {
    if (data.curatedOnly) {
      return [
        {
          title: 'The pilot data is curated only',
          message:
            'The pilot data is marked as curated only. A pilot on hand-picked documents proves the demo, not ' +
            'production: use realistic volume, messy formats, missing fields and edge cases.',
          fix: { fieldPath: ['pilot', 'data', 'curatedOnly'], label: 'Plan the pilot on realistic data' },
        },
      ];
    }
    if (data.messyFormats || data.missingFields || data.edgeCases) return [];
    return [
      {
        title: 'The pilot data is not realistic',
        message:
          'The pilot data is not planned to include messy formats, missing fields or edge cases, so in effect it is ' +
          'curated. Production will see all three.',
        fix: { fieldPath: ['pilot', 'data', 'messyFormats'], label: 'Say how the pilot data will be realistic' },
      },
    ];
  },
};

/** Issue 4, stage 7: the go/no-go has a decider (the operational owner by default). */
export const noGoNoGoDecider: Rule = {
  id: 'pilot.no-decider',
  area: 'pilot',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'Nobody owns the go/no-go decision',
  check(workshop, { participantsById, owner }) {
    const decider = workshop.pilot.deciderParticipantId;
    if (decider !== null && participantsById.has(decider)) return [];
    return [
      {
        title: 'Nobody owns the go/no-go decision',
        message:
          'Nobody is named to make the go/no-go decision at the end of the pilot. ' +
          (owner === null ? 'It belongs to the operational owner.' : `By default it is the operational owner, ${owner.name}.`),
        fix: { fieldPath: ['pilot', 'deciderParticipantId'], label: 'Name who decides go or no-go' },
      },
    ];
  },
};

export const PILOT_RULES: readonly Rule[] = [noHypotheses, hypothesisTestsNothing, curatedPilotData, noGoNoGoDecider];

export const pilotFine: AreaFine = {
  area: 'pilot',
  check(workshop, { participantsById }) {
    const decider = participantsById.get(workshop.pilot.deciderParticipantId ?? '')?.name.trim();
    return {
      title: 'The pilot tests production',
      message:
        'Every hypothesis tests a piece of the production model, on realistic data' +
        (decider ? `, and ${decider} makes the go/no-go decision.` : ', with a named go/no-go decider.'),
      fix: { fieldPath: ['pilot'], label: 'Review the pilot' },
    };
  },
};
