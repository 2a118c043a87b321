import { LIFECYCLE_FIELD_LABELS, type LifecycleField } from '../../cost/lifecycle';
import type { LifecycleCost } from '../../domain/cost';
import { type AreaFine, joinNames, plural, type Rule } from '../rule';

/** The domain field that holds each input of the lifecycle engine. */
const COST_FIELD: Readonly<Record<LifecycleField | 'goLiveDate', keyof LifecycleCost>> = {
  prototype: 'prototypeCents',
  transition: 'transitionCents',
  operationsPerYear: 'operationsPerYearCents',
  maintenancePerYear: 'maintenancePerYearCents',
  benefitPerYear: 'benefitPerYearCents',
  horizonYears: 'horizonYears',
  goLiveDate: 'goLiveDate',
};

/** shared/method/METHOD.md: "Lifecycle cost not justified by benefit over the horizon ('the pilot should not start')". */
export const businessCaseNotCovered: Rule = {
  id: 'cost.not-covered',
  area: 'cost',
  severity: 'blocking',
  caps: 'do-not-start',
  per: 'area',
  title: 'The business case does not cover the full lifecycle',
  check({ cost }, { lifecycle }) {
    if (lifecycle.gate.verdict !== 'does-not-cover') return [];
    const years = cost.horizonYears ?? 0;
    const why =
      years === 0
        ? 'With a horizon of 0 years there is no benefit to set against the prototype and transition costs.'
        : `Over ${plural(years, 'year', 'years')}, the expected benefit is less than the prototype, transition, ` +
          'operations and maintenance costs together.';
    return [
      {
        title: 'The business case does not cover the full lifecycle',
        message: `${why} The business case does not cover the full lifecycle: the pilot should not start.`,
        fix:
          years === 0
            ? { fieldPath: ['cost', 'horizonYears'], label: 'Set the horizon in years' }
            : { fieldPath: ['cost', 'benefitPerYearCents'], label: 'Revisit the benefit and the costs' },
      },
    ];
  },
};

/** shared/method/METHOD.md: "No transition budget". computeLifecycle decides (prototype > 0, transition missing or 0). */
export const noTransitionBudget: Rule = {
  id: 'cost.no-transition-budget',
  area: 'cost',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'No transition budget',
  check(_workshop, { lifecycle }) {
    if (!lifecycle.warnings.transitionMissing) return [];
    return [
      {
        title: 'No transition budget',
        message:
          'There is a prototype budget but no transition budget. Going from prototype to production is usually a ' +
          'rebuild: around three times the prototype cost is normal, not scope creep.',
        fix: { fieldPath: ['cost', 'transitionCents'], label: 'Enter the transition budget' },
      },
    ];
  },
};

/** shared/method/METHOD.md: "transition budget far below the prototype cost" (below 1×, as computeLifecycle defines it). */
export const transitionFarBelowPrototype: Rule = {
  id: 'cost.transition-far-below-prototype',
  area: 'cost',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'Transition budget far below the prototype cost',
  check(_workshop, { lifecycle }) {
    if (!lifecycle.warnings.transitionFarBelowPrototype) return [];
    const ratio = lifecycle.transitionToPrototypeRatio;
    const times = ratio === null ? 'less than' : `${String(Math.round(ratio * 100) / 100)}×`;
    return [
      {
        title: 'Transition budget far below the prototype',
        message:
          `The transition budget is ${times} the prototype cost. Around 3× is normal; less than the prototype ` +
          'itself means the rebuild for production has not been budgeted.',
        fix: { fieldPath: ['cost', 'transitionCents'], label: 'Revisit the transition budget' },
      },
    ];
  },
};

/**
 * Not one of shared/method/METHOD.md's signs on its own, but without every figure nobody can tell whether the
 * business case covers the lifecycle. A missing transition budget is left to noTransitionBudget,
 * so the same gap is not reported twice.
 */
export const costIncomplete: Rule = {
  id: 'cost.incomplete',
  area: 'cost',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'The lifecycle cost is incomplete',
  check(_workshop, { lifecycle }) {
    if (lifecycle.gate.verdict !== 'incomplete') return [];
    const missing = lifecycle.missingInputs.filter((f) => !(f === 'transition' && lifecycle.warnings.transitionMissing));
    const first = missing[0];
    if (first !== undefined) {
      return [
        {
          title: 'The lifecycle cost is incomplete',
          message:
            `Enter ${joinNames(missing.map((f) => `the ${LIFECYCLE_FIELD_LABELS[f]}`), missing.length)}. ` +
            'Until then nobody can say whether the business case covers the full lifecycle.',
          fix: { fieldPath: ['cost', COST_FIELD[first]], label: `Enter the ${LIFECYCLE_FIELD_LABELS[first]}` },
        },
      ];
    }
    if (lifecycle.missingInputs.length > 0) return [];
    // Figures present but unusable: cannot happen with schema-valid data, reported rather than hidden.
    const problem = lifecycle.problems.find((p) => p.field !== 'goLiveDate');
    if (problem === undefined) return [];
    return [
      {
        title: 'The lifecycle cost cannot be worked out',
        message: lifecycle.gate.message,
        fix:
          problem.field === 'total'
            ? { fieldPath: ['cost'], label: 'Check the cost figures' }
            : { fieldPath: ['cost', COST_FIELD[problem.field]], label: `Check the ${LIFECYCLE_FIELD_LABELS[problem.field]}` },
      },
    ];
  },
};

export const COST_RULES: readonly Rule[] = [businessCaseNotCovered, noTransitionBudget, transitionFarBelowPrototype, costIncomplete];

export const costFine: AreaFine = {
  area: 'cost',
  check({ cost }) {
    return {
      title: 'The business case covers the full lifecycle',
      message:
        `Over ${plural(cost.horizonYears ?? 0, 'year', 'years')} the expected benefit covers the prototype, ` +
        'a realistic transition, operations and maintenance.',
      fix: { fieldPath: ['cost'], label: 'Review the lifecycle cost' },
    };
  },
};
