import { excerpt, filled, plural, type Rule } from '../rule';

/**
 * Issue #12's warning signs about running an AI system for years: the inputs production will see,
 * the quality gate every change must pass, the model's end of life, and money for both.
 */

/** "Input varieties named in the end state that the pilot data does not cover". */
export const inputVarietyNotInPilot: Rule = {
  id: 'pilot.input-variety-not-covered',
  area: 'pilot',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'An input production will see is not in the pilot data',
  check(workshop) {
    return workshop.endState.inputVarieties
      .filter((v) => !v.inPilotData)
      .map((v) => {
        const name = filled(v.label) ? `"${excerpt(v.label)}"` : 'an unnamed input variety';
        return {
          subject: v.id,
          title: `Not in the pilot data: ${filled(v.label) ? excerpt(v.label) : 'an unnamed variety'}`,
          message:
            `Production will see ${name}, but the pilot data does not include it, so the pilot says nothing about ` +
            'how the system handles it.',
          fix: {
            fieldPath: ['endState', 'inputVarieties', { id: v.id }, 'inPilotData'],
            label: `Cover ${name} in the pilot data`,
            stageId: 'end-state',
          },
        };
      });
  },
};

/** "No golden set or no pass threshold": without both, nobody can tell whether a change made it worse. */
export const noQualityGate: Rule = {
  id: 'operating-model.no-quality-gate',
  area: 'operating-model',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'No golden set or no pass threshold',
  check({ operatingModel: { qualityGate } }) {
    const noSet = qualityGate.goldenSetSize === null || qualityGate.goldenSetSize === 0;
    const noThreshold = !filled(qualityGate.passThreshold);
    if (!noSet && !noThreshold) return [];
    const missing = noSet && noThreshold ? 'no golden set and no pass threshold' : noSet ? 'no golden set' : 'no pass threshold';
    return [
      {
        title: `The quality gate has ${missing}`,
        message:
          `The quality gate has ${missing}. Every change of model, prompt, retrieval index or guardrail must pass a ` +
          'fixed set of real inputs at an agreed threshold, or nobody can tell whether it made things worse.',
        fix: noSet
          ? { fieldPath: ['operatingModel', 'qualityGate', 'goldenSetSize'], label: 'Size the golden set' }
          : { fieldPath: ['operatingModel', 'qualityGate', 'passThreshold'], label: 'Set the pass threshold' },
      },
    ];
  },
};

/** "No model end-of-life date": models are retired by their vendors, on the vendor's schedule. */
export const noModelEndOfLife: Rule = {
  id: 'operating-model.no-model-end-of-life',
  area: 'operating-model',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'No model end-of-life date',
  check({ operatingModel }) {
    if (operatingModel.modelEndOfLife !== null) return [];
    return [
      {
        title: 'No model end-of-life date',
        message:
          'Nobody has written down when the model is retired. Vendors retire models on their own schedule; the ' +
          'switch to the next one needs re-validation against the golden set, planned before the date.',
        fix: { fieldPath: ['operatingModel', 'modelEndOfLife'], label: 'Enter the model end-of-life date' },
      },
    ];
  },
};

/** "No budget for re-validation": the model switch and the drift checks cost money every year. */
export const noRevalidationBudget: Rule = {
  id: 'cost.no-revalidation-budget',
  area: 'cost',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'No budget for re-validation',
  check({ cost }) {
    if (cost.revalidationPerYearCents !== null && cost.revalidationPerYearCents > 0) return [];
    return [
      {
        title: 'No budget for re-validation',
        message:
          'There is no yearly budget for re-validating the system (a new model version, drift, a changed process). ' +
          'Without it, the first forced model change is unfunded.',
        fix: { fieldPath: ['cost', 'revalidationPerYearCents'], label: 'Enter the re-validation budget per year' },
      },
    ];
  },
};

/** "Running cost approved for fewer years than the horizon": the business case assumes money nobody has promised. */
export const runningCostApprovedShort: Rule = {
  id: 'cost.running-cost-approved-short',
  area: 'cost',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'Running cost approved for fewer years than the horizon',
  check({ cost }) {
    const horizon = cost.horizonYears;
    // No horizon yet: cost.incomplete asks for it first.
    if (horizon === null || horizon === 0) return [];
    const approved = cost.runningCostApprovedYears;
    if (approved !== null && approved >= horizon) return [];
    return [
      {
        title:
          approved === null ? 'Approved years of running cost not recorded' : 'Running cost approved for too few years',
        message:
          approved === null
            ? `The business case runs over ${plural(horizon, 'year', 'years')}, but nobody has recorded for how many ` +
              'years finance has approved the running cost.'
            : `The business case runs over ${plural(horizon, 'year', 'years')}, but the running cost is approved for ` +
              `only ${plural(approved, 'year', 'years')}. After that the system has no money to run on.`,
        fix: { fieldPath: ['cost', 'runningCostApprovedYears'], label: 'Record the approved years of running cost' },
      },
    ];
  },
};
