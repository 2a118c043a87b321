/**
 * THE READINESS REVIEW: HOW THE VERDICT AND THE SCORE ARE WORKED OUT
 * (in words a facilitator can say to a sceptical room)
 *
 * Each warning sign in shared/method/METHOD.md ("What the app should flag") is a rule in rules/. A rule that
 * fires gives a finding — "blocking" or "warning" — saying what is wrong and which field fixes it.
 * An area where no rule fired gets one "fine" finding, so the review can show a green tick.
 *
 * 1. THE VERDICT. Decided by the findings, never by the score: no score can outvote a blocker.
 *
 * | If the plan has…                                              | the verdict is at best…   |
 * |---------------------------------------------------------------|---------------------------|
 * | No one from operations in the room (people.no-operations)     | Do not start              |
 * | No named operational owner (operating-model.no-owner)         | Do not start              |
 * | A business case that does not cover the full lifecycle        | Do not start              |
 * |   (cost.not-covered)                                          |                           |
 * | Any other blocking finding (standards.high-risk-required)      | Fix before starting       |
 * | Any warning                                                   | Fix before starting       |
 * | An overall score below READY_MIN_SCORE (80)                   | Fix before starting       |
 * | None of the above                                             | Ready to start the pilot  |
 *
 * So "Ready to start the pilot" means: not one warning sign. "Owner not confirmed" is a warning,
 * not a blocker (the room may name an owner who has not said yes yet), but like every warning it
 * keeps the plan from "Ready": shared/method/METHOD.md wants the owner agreed before a line of code. Today a plan
 * with no warnings always scores 100, so the score threshold is a safety net, not a second test.
 *
 * 2. THE SCORE. How far along the plan is, area by area: progress to show the room, not the gate.
 *
 * | Area                  | Weight | Stage it comes from | Why this weight                           |
 * |-----------------------|--------|---------------------|-------------------------------------------|
 * | People in the room    |   10   | 0 Setup             | one question, but a blocker               |
 * | Who runs it           |   20   | 2 Who runs it       | no owner = no organisational home         |
 * | Production standards  |   15   | 3 Standards         | most of the work; ten defaults at least |
 * | Lifecycle cost        |   20   | 4 Lifecycle cost    | decides whether to start at all           |
 * | Ownership (RACI)      |   10   | 5 Ownership         |                                           |
 * | Transition            |   10   | 6 Transition        |                                           |
 * | The pilot             |   10   | 7 The pilot         |                                           |
 * | Pre-mortem risks      |    5   | 1 End state         | answered through the other areas          |
 * |                       |  100   |                     |                                           |
 *
 * Each area starts at 100 and loses points for its findings; it never goes below 0.
 *
 * | Finding                                                          | Points off the area        |
 * |------------------------------------------------------------------|----------------------------|
 * | Blocking                                                         | all of them: the area is 0 |
 * | Warning about the area as a whole (e.g. no transition budget)    | 30 (AREA_WARNING_POINTS)   |
 * | Warning about one item (one standard, RACI row, hypothesis, risk)| 10 each (ITEM_WARNING_POINTS) |
 * | Fine                                                             | 0                          |
 *
 * Overall score = (sum of weight × area score) ÷ 100, rounded down, so 100 means nothing is missing.
 *
 * 3. THE RULES.
 *
 * | Rule id                                  | Severity | Counted per | Points |
 * |------------------------------------------|----------|-------------|--------|
 * | people.no-operations                     | blocking | area        | all    |
 * | operating-model.no-owner                 | blocking | area        | all    |
 * | operating-model.owner-not-confirmed      | warning  | area        | 30     |
 * | operating-model.no-quality-gate          | warning  | area        | 30     |
 * | operating-model.no-model-end-of-life     | warning  | area        | 30     |
 * | standards.high-risk-required             | blocking | standard    | all    |
 * | standards.default-missing                | warning  | standard    | 10     |
 * | standards.not-applicable-without-reason  | warning  | standard    | 10     |
 * | standards.no-acceptance-criteria         | warning  | standard    | 10     |
 * | standards.no-owner                       | warning  | standard    | 10     |
 * | standards.data-governance-silent         | warning  | area        | 30     |
 * | standards.no-human-oversight             | warning  | area        | 30     |
 * | cost.not-covered                         | blocking | area        | all    |
 * | cost.no-transition-budget                | warning  | area        | 30     |
 * | cost.transition-far-below-prototype      | warning  | area        | 30     |
 * | cost.incomplete                          | warning  | area        | 30     |
 * | cost.running-cost-approved-short         | warning  | area        | 30     |
 * | cost.no-revalidation-budget              | warning  | area        | 30     |
 * | ownership.no-activities                  | warning  | area        | 30     |
 * | ownership.raci-row                       | warning  | activity    | 10     |
 * | transition.not-blended                   | warning  | area        | 30     |
 * | transition.length-unset                  | warning  | area        | 30     |
 * | transition.length-out-of-range           | warning  | area        | 30     |
 * | pilot.no-hypotheses                      | warning  | area        | 30     |
 * | pilot.hypothesis-tests-nothing           | warning  | hypothesis  | 10     |
 * | pilot.curated-data                       | warning  | area        | 30     |
 * | pilot.no-decider                         | warning  | area        | 30     |
 * | pilot.input-variety-not-covered          | warning  | variety     | 10     |
 * | risks.no-pre-mortem                      | warning  | area        | 30     |
 * | risks.unanswered                         | warning  | risk        | 10     |
 * | standards.met-without-evidence           | warning  | standard    | 10     |
 * | standards.waived-without-reason          | warning  | standard    | 10     |
 * | risks.acceptance-expired                 | warning  | risk        | 10     |
 * | risks.acceptance-no-expiry               | warning  | risk        | 10     |
 *
 * After "go" (gate.ts: the plan is in transition or production) the verdict speaks of the hand-over
 * instead: "Ready for transition", "Fix before transition" or "Do not hand over". These rules fire
 * only then (the two standards warnings above and the pilot-gate owner and team warnings go quiet,
 * because these say the same more strongly):
 *
 * | Rule id                                            | Severity | Counted per | Points | Caps at               |
 * |----------------------------------------------------|----------|-------------|--------|-----------------------|
 * | standards.not-shown-for-transition                 | blocking | standard    | all    | Fix before transition |
 * | operating-model.owner-not-confirmed-for-transition | blocking | area        | all    | Do not hand over      |
 * | transition.team-not-booked                         | blocking | area        | all    | Do not hand over      |
 *
 * A plan the room stopped still gets its findings, but the review reports it as finished.
 *
 * A warning the room has accepted (workshop.acceptedFindings, by Finding.key) until a date still to
 * come is listed apart (report.accepted) and takes nothing off; past its date, or with no date, it
 * counts again and says so. A blocking finding cannot be accepted. A pre-mortem risk accepted until
 * a date still to come counts as answered (rules/risks.ts).
 *
 * Worked example, the sample workshop (invoice triage): the documentation standard has no owner
 * (standards 90), out-of-hours incidents has two Accountables (ownership 90), the transition runs
 * 10 weeks with no reason (transition 70), credit notes in Polish or Turkish are not in the pilot
 * data (pilot 90); the ERP-upgrade risk is accepted by the sponsor until 30 September 2027, so risks
 * stay at 100 until then; everything else is 100.
 * Score = (10×100 + 20×100 + 15×90 + 20×100 + 10×90 + 10×70 + 10×90 + 5×100) ÷ 100 = 93.
 * Verdict: Fix before starting — four warnings, no blockers.
 */

import type { AcceptedFinding } from '../domain/ai-risk';
import { pathKey } from '../editing/field-path';
import type { Workshop } from '../domain/workshop';
import { acceptanceState, canAcceptFinding, lapsedAcceptanceNote } from './acceptance';
import { AREAS } from './areas';
import { buildContext } from './context';
import { GATE_VERDICT_LABELS, stoppedPlan } from './gate';
import type { Rule } from './rule';
import { AREA_FINE, RULES } from './rules/index';
import {
  type AcceptedFindingReport,
  AREA_IDS,
  type Area,
  type AreaScore,
  type Finding,
  type ReadinessReport,
  SEVERITIES,
  type Severity,
  type Verdict,
  VERDICTS,
} from './types';

export const AREA_WARNING_POINTS = 30;
export const ITEM_WARNING_POINTS = 10;
/** Below this overall score the verdict is at best "Fix before starting". */
export const READY_MIN_SCORE = 80;

export interface AssessOptions {
  /**
   * Today's date where the facilitator is (YYYY-MM-DD): accepted risks and warnings past their date
   * come back. Left out, no acceptance counts as expired (the engine never reads the clock).
   */
  readonly today?: string | null;
}

/** Said when an accepted finding is blocking: a blocker is a reason not to start, not a risk to carry. */
export const BLOCKING_NOT_ACCEPTABLE =
  'It was marked as accepted, but a blocking finding cannot be accepted: it has to be fixed before the pilot starts.';

/** Points one finding of this rule takes off its area (blocking: everything). */
export function pointsOff(rule: Rule): number {
  if (rule.severity === 'blocking') return 100;
  return rule.per === 'area' ? AREA_WARNING_POINTS : ITEM_WARNING_POINTS;
}

const areaIndex = new Map<Area, number>(AREA_IDS.map((area, index) => [area, index]));
const severityIndex = new Map<Severity, number>(SEVERITIES.map((severity, index) => [severity, index]));
const ruleIndex = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));
/** Worse verdicts have higher ranks: ready < fix-before-starting < do-not-start. */
const verdictRank = (verdict: Verdict): number => VERDICTS.indexOf(verdict);

/**
 * The review stage's verdict on a workshop. Pure: the same workshop always gives the same report,
 * findings in the same order. Linear in the size of the plan.
 */
export function assessReadiness(workshop: Workshop, options: AssessOptions = {}): ReadinessReport {
  const context = buildContext(workshop, options.today ?? null);
  const acceptancesByKey = new Map<string, AcceptedFinding>(workshop.acceptedFindings.map((a) => [a.findingKey, a]));
  const findings: Finding[] = [];
  const accepted: AcceptedFindingReport[] = [];
  const pointsLost = new Map<Area, number>();
  const counts = new Map<Area, { blocking: number; warning: number; fine: number }>(
    AREA_IDS.map((area) => [area, { blocking: 0, warning: 0, fine: 0 }]),
  );
  let verdict: Verdict = 'ready';

  for (const rule of RULES) {
    const hits = rule.check(workshop, context);
    let counted = 0;
    for (const hit of hits) {
      const key = `${rule.id}:${hit.subject ?? pathKey(hit.fix.fieldPath)}`;
      const finding: Finding = {
        key,
        ruleId: rule.id,
        severity: rule.severity,
        area: rule.area,
        title: hit.title,
        message: hit.message,
        fix: { stageId: hit.fix.stageId ?? AREAS[rule.area].stageId, fieldPath: hit.fix.fieldPath, label: hit.fix.label },
      };
      const acceptance = acceptancesByKey.get(key);
      if (acceptance === undefined || (rule.severity === 'warning' && !canAcceptFinding(finding))) {
        findings.push(finding);
      } else if (rule.severity === 'blocking') {
        findings.push({ ...finding, message: `${finding.message} ${BLOCKING_NOT_ACCEPTABLE}` });
      } else if (acceptanceState(acceptance, context.today) === 'live') {
        accepted.push({ finding, acceptance });
        continue;
      } else {
        findings.push({ ...finding, message: `${finding.message} ${lapsedAcceptanceNote(acceptance, context.today)}` });
      }
      counted += 1;
    }
    if (counted === 0) continue;
    if (verdictRank(rule.caps) > verdictRank(verdict)) verdict = rule.caps;
    const areaCounts = counts.get(rule.area);
    if (areaCounts !== undefined) areaCounts[rule.severity] += counted;
    pointsLost.set(rule.area, (pointsLost.get(rule.area) ?? 0) + pointsOff(rule) * counted);
  }

  for (const fine of AREA_FINE) {
    const areaCounts = counts.get(fine.area);
    if (areaCounts === undefined || areaCounts.blocking + areaCounts.warning > 0) continue;
    const hit = fine.check(workshop, context);
    areaCounts.fine += 1;
    findings.push({
      key: `${fine.area}.fine`,
      ruleId: `${fine.area}.fine`,
      severity: 'fine',
      area: fine.area,
      title: hit.title,
      message: hit.message,
      fix: { stageId: hit.fix.stageId ?? AREAS[fine.area].stageId, fieldPath: hit.fix.fieldPath, label: hit.fix.label },
    });
  }

  // Stable sort: within one rule, findings keep the order of the items in the plan.
  const order = (a: Finding, b: Finding) =>
      (areaIndex.get(a.area) ?? 0) - (areaIndex.get(b.area) ?? 0) ||
      (severityIndex.get(a.severity) ?? 0) - (severityIndex.get(b.severity) ?? 0) ||
      (ruleIndex.get(a.ruleId) ?? RULES.length) - (ruleIndex.get(b.ruleId) ?? RULES.length);
  findings.sort(order);
  accepted.sort((a, b) => order(a.finding, b.finding));

  let weighted = 0;
  const areaScores = {} as Record<Area, AreaScore>;
  for (const area of AREA_IDS) {
    const areaCounts = counts.get(area) ?? { blocking: 0, warning: 0, fine: 0 };
    const score = areaCounts.blocking > 0 ? 0 : Math.max(0, 100 - (pointsLost.get(area) ?? 0));
    const { weight } = AREAS[area];
    areaScores[area] = { score, weight, counts: areaCounts };
    weighted += weight * score;
  }
  const score = Math.floor(weighted / 100);

  if (verdict === 'ready' && score < READY_MIN_SCORE) verdict = 'fix-before-starting';

  const { gate } = context;
  return {
    findings,
    accepted,
    areaScores,
    score,
    verdict,
    verdictLabel: GATE_VERDICT_LABELS[gate][verdict],
    gate,
    stopped: stoppedPlan(workshop),
  };
}
