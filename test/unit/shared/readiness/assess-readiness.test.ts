import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Workshop, WorkshopSchema } from '../../../../shared/domain';
import { getAtPath } from '../../../../shared/editing/field-path';
import { SAMPLE_WORKSHOP, SAMPLE_WORKSHOP_GAPS, type StageId } from '../../../../shared/method';
import {
  AREA_IDS,
  AREAS,
  assessReadiness,
  canAcceptFinding,
  type Finding,
  pointsOff,
  READY_MIN_SCORE,
  type ReadinessReport,
  RULES,
  SEVERITIES,
  VERDICT_LABELS,
} from '../../../../shared/readiness';
import { TRANSITION_GATE_RULES } from '../../../../shared/readiness/rules/transition-gate';
import { emptyWorkshop, idMaker, READY, readyWorkshop, sampleWithGapsClosed, tweak } from './builders';

const problems = (report: ReadinessReport): Finding[] => report.findings.filter((f) => f.severity !== 'fine');

/** Freezes every object and array reachable from `value`, so a mutation throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const ready = readyWorkshop();

describe('the verdict', () => {
  it('says "Do not start" for an empty workshop', () => {
    const report = assessReadiness(emptyWorkshop());
    expect(report.verdict).toBe('do-not-start');
    expect(report.verdictLabel).toBe('Do not start');
  });

  it.each([
    ['the ready workshop built from scratch', ready],
    ['the sample workshop with its gaps closed', sampleWithGapsClosed()],
  ])('says "Ready to start the pilot" for %s, with a green tick per area and a full score', (_name, workshop) => {
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
    const report = assessReadiness(workshop);
    expect(problems(report)).toEqual([]);
    expect(report).toMatchObject({ verdict: 'ready', verdictLabel: 'Ready to start the pilot', score: 100 });
    expect(report.score).toBeGreaterThanOrEqual(READY_MIN_SCORE);
    expect(report.findings.map((f) => f.area)).toEqual([...AREA_IDS]);
    expect(report.findings.every((f) => f.severity === 'fine' && f.ruleId === `${f.area}.fine`)).toBe(true);
  });

  const blockers: readonly [string, (w: Workshop) => void][] = [
    ['people.no-operations', (w) => void w.participants.forEach((p) => p.team === 'operations' && (p.team = 'other'))],
    [
      'operating-model.no-owner',
      (w) => {
        w.operatingModel.ownerParticipantId = null;
        w.operatingModel.ownerName = '';
      },
    ],
    ['cost.not-covered', (w) => void (w.cost.benefitPerYearCents = 100)],
  ];

  it.each(blockers)('says "Do not start" when only %s fires, whatever the score', (ruleId, change) => {
    const report = assessReadiness(tweak(ready, change));
    expect(problems(report).map((f) => f.ruleId)).toEqual([ruleId]);
    expect(problems(report)[0]!.severity).toBe('blocking');
    expect(report.verdict).toBe('do-not-start');
    // The rest of the plan is perfect, so the score is high: it does not soften the verdict.
    expect(report.score).toBeGreaterThanOrEqual(READY_MIN_SCORE);
  });

  it('caps the verdict at "Do not start" for exactly the three named blockers', () => {
    // The transition gate's rules block only after "go" (transition-gate.test.ts).
    const transitionGate = new Set(TRANSITION_GATE_RULES.map((r) => r.id));
    const pilotGate = RULES.filter((r) => r.severity === 'blocking' && !transitionGate.has(r.id));
    const doNotStart = pilotGate.filter((r) => r.caps === 'do-not-start');
    expect(doNotStart.map((r) => r.id).sort()).toEqual(blockers.map(([id]) => id).sort());
    // The one other blocker (a required standard set aside for a high-risk system) is quick to fix.
    const others = pilotGate.filter((r) => r.caps !== 'do-not-start');
    expect(others.map((r) => [r.id, r.caps])).toEqual([['standards.high-risk-required', 'fix-before-starting']]);
    expect(RULES.filter((r) => r.severity === 'warning').every((r) => r.caps === 'fix-before-starting')).toBe(true);
  });

  it('says "Fix before starting" for warnings alone, even a single one', () => {
    const notConfirmed = tweak(ready, (w) => void (w.operatingModel.ownerConfirmed = false));
    const report = assessReadiness(notConfirmed);
    expect(problems(report).map((f) => [f.ruleId, f.severity])).toEqual([['operating-model.owner-not-confirmed', 'warning']]);
    expect(report).toMatchObject({ verdict: 'fix-before-starting', verdictLabel: 'Fix before starting' });
    expect(report.score).toBe(94);
  });

  it('says "Fix before starting" for many warnings and a low score, with no blocker', () => {
    const report = assessReadiness(
      tweak(emptyWorkshop(), (w) => {
        w.participants = [{ id: READY.operations, name: 'Oscar Pike', role: 'Ops', team: 'operations', present: true }];
        w.operatingModel.ownerParticipantId = READY.operations;
      }),
    );
    expect(problems(report).some((f) => f.severity === 'blocking')).toBe(false);
    expect(report.score).toBeLessThan(READY_MIN_SCORE);
    expect(report.verdict).toBe('fix-before-starting');
  });

  it('says "Fix before starting" for a high-risk system whose human oversight is set aside without a reason', () => {
    const report = assessReadiness(
      tweak(ready, (w) => {
        w.endState.aiRisk.chosenClass = 'high';
        const oversight = w.standards.find((s) => s.key === 'human-oversight')!;
        oversight.status = 'waived';
      }),
    );
    expect(problems(report).map((f) => [f.ruleId, f.severity])).toEqual([['standards.high-risk-required', 'blocking']]);
    expect(report.areaScores.standards.score).toBe(0);
    expect(report.verdict).toBe('fix-before-starting');
  });

  it('lets a blocker win over any number of warnings', () => {
    const report = assessReadiness(tweak(SAMPLE_WORKSHOP, (w) => void (w.cost.benefitPerYearCents = 0)));
    expect(report.verdict).toBe('do-not-start');
  });

  it('has one label per verdict, in the words of the issue', () => {
    expect(VERDICT_LABELS).toEqual({
      ready: 'Ready to start the pilot',
      'fix-before-starting': 'Fix before starting',
      'do-not-start': 'Do not start',
    });
  });
});

describe('the sample workshop', () => {
  const report = assessReadiness(SAMPLE_WORKSHOP);

  it('is "Fix before starting" with a score of 93, as the worked example in the comment table says', () => {
    expect(report.verdict).toBe('fix-before-starting');
    expect(report.score).toBe(93);
    expect(Object.fromEntries(AREA_IDS.map((a) => [a, report.areaScores[a].score]))).toEqual({
      people: 100,
      'operating-model': 100,
      standards: 90,
      cost: 100,
      ownership: 90,
      transition: 70,
      pilot: 90,
      risks: 100,
    });
  });

  /** Which rule reports each deliberate gap, by the stage the gap is in. */
  const GAP_RULE: Partial<Record<StageId, string>> = {
    standards: 'standards.no-owner',
    ownership: 'ownership.raci-row',
    transition: 'transition.length-out-of-range',
    'end-state': 'pilot.input-variety-not-covered',
  };

  it.each(SAMPLE_WORKSHOP_GAPS.map((g) => [g.gap, g] as const))('flags the known gap: %s', (_gap, { stageId }) => {
    const matches = problems(report).filter((f) => f.fix.stageId === stageId);
    expect(matches.map((f) => [f.ruleId, f.severity])).toEqual([[GAP_RULE[stageId], 'warning']]);
  });

  it('flags nothing but the known gaps', () => {
    expect(problems(report)).toHaveLength(SAMPLE_WORKSHOP_GAPS.length);
  });

  it('names the things that are wrong', () => {
    const text = problems(report).map((f) => `${f.title} ${f.message} ${f.fix.label}`).join('\n');
    expect(text).toContain('Name an owner for Documentation');
    expect(text).toContain('Out-of-hours incidents');
    expect(text).toContain('Priya Raman and IT service desk are both Accountable');
    expect(text).toContain('10 weeks');
    expect(text).toContain('Credit notes in Polish or Turkish');
  });

  it('carries the ERP-upgrade risk as accepted by the sponsor until 30 September 2027, then flags it', () => {
    expect(problems(assessReadiness(SAMPLE_WORKSHOP, { today: '2027-09-30' })).map((f) => f.ruleId)).not.toContain(
      'risks.acceptance-expired',
    );
    const later = problems(assessReadiness(SAMPLE_WORKSHOP, { today: '2027-10-01' }));
    const expired = later.filter((f) => f.ruleId === 'risks.acceptance-expired');
    expect(expired).toHaveLength(1);
    expect(expired[0]!.message).toContain('Henrik Vos');
    expect(expired[0]!.message).toContain('now expired');
  });
});

describe('every finding', () => {
  const workshops: readonly [string, Workshop][] = [
    ['the sample', SAMPLE_WORKSHOP],
    ['the empty workshop', emptyWorkshop()],
    ['the ready workshop', ready],
    ['the sample with its gaps closed', sampleWithGapsClosed()],
  ];

  it.each(workshops)('on %s has a fix path that resolves, and a stage, label, title and message', (_name, workshop) => {
    for (const finding of assessReadiness(workshop).findings) {
      expect(getAtPath(workshop, finding.fix.fieldPath), `${finding.key}`).not.toBeUndefined();
      expect(finding.fix.label.trim()).not.toBe('');
      expect(finding.title.trim()).not.toBe('');
      expect(finding.message.trim()).not.toBe('');
      expect(finding.message).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it.each(workshops)('on %s has a unique key', (_name, workshop) => {
    const keys = assessReadiness(workshop).findings.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(workshops)('on %s comes in area, severity, rule order', (_name, workshop) => {
    const ruleIndex = (id: string) => {
      const index = RULES.findIndex((r) => r.id === id);
      return index === -1 ? RULES.length : index;
    };
    const rank = (f: Finding) => [AREA_IDS.indexOf(f.area), SEVERITIES.indexOf(f.severity), ruleIndex(f.ruleId)];
    const ranks = assessReadiness(workshop).findings.map(rank);
    const sorted = [...ranks].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
    expect(ranks).toEqual(sorted);
  });

  it('gives at most one "fine" per area, and only where the area has no problem', () => {
    for (const [, workshop] of workshops) {
      const report = assessReadiness(workshop);
      for (const area of AREA_IDS) {
        const inArea = report.findings.filter((f) => f.area === area);
        const fine = inArea.filter((f) => f.severity === 'fine');
        expect(fine.length).toBe(inArea.length === fine.length ? 1 : 0);
      }
    }
  });

  it('keeps the items of one rule in the order of the plan', () => {
    const report = assessReadiness(emptyWorkshop());
    const names = report.findings.filter((f) => f.ruleId === 'standards.no-owner').map((f) => f.fix.label);
    expect(names).toEqual([
      'Name an owner for Security review',
      'Name an owner for Data governance',
      'Name an owner for Monitoring and alerting',
      'Name an owner for Fallback process',
      'Name an owner for Documentation',
      'Name an owner for Support model',
      'Name an owner for Cost model',
      'Name an owner for Evaluation and quality gate',
      'Name an owner for Human oversight',
      'Name an owner for AI risk and impact assessment',
    ]);
  });
});

describe('the engine', () => {
  it('is pure: it does not change the workshop and gives the same report twice', () => {
    const frozen = deepFreeze(structuredClone(SAMPLE_WORKSHOP));
    const first = assessReadiness(frozen);
    expect(assessReadiness(frozen)).toEqual(first);
    expect(frozen).toEqual(SAMPLE_WORKSHOP);
  });

  it('lists rules grouped by area in area order, blocking before warning', () => {
    const ranks = RULES.map((r) => [AREA_IDS.indexOf(r.area), SEVERITIES.indexOf(r.severity)]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.id.startsWith(`${rule.area}.`)).toBe(true);
  });

  it('weights the areas to 100 and scores each as 100 minus its findings, floored at 0', () => {
    expect(AREA_IDS.reduce((sum, a) => sum + AREAS[a].weight, 0)).toBe(100);
    for (const workshop of [SAMPLE_WORKSHOP, emptyWorkshop(), ready]) {
      const report = assessReadiness(workshop);
      let weighted = 0;
      for (const area of AREA_IDS) {
        const inArea = report.findings.filter((f) => f.area === area);
        const counts = { blocking: 0, warning: 0, fine: 0 };
        let lost = 0;
        for (const f of inArea) {
          counts[f.severity] += 1;
          const rule = RULES.find((r) => r.id === f.ruleId);
          if (rule) lost += pointsOff(rule);
        }
        const expected = counts.blocking > 0 ? 0 : Math.max(0, 100 - lost);
        expect(report.areaScores[area]).toEqual({ score: expected, weight: AREAS[area].weight, counts });
        weighted += expected * AREAS[area].weight;
      }
      expect(report.score).toBe(Math.floor(weighted / 100));
    }
  });

  it('scores the empty workshop low, with the blocked areas at 0', () => {
    const report = assessReadiness(emptyWorkshop());
    expect(report.areaScores.people.score).toBe(0);
    expect(report.areaScores['operating-model'].score).toBe(0);
    expect(report.score).toBeLessThan(30);
  });

  it('copes with a large plan: 2,000 notes, 200 standards (twice the schema limit), 200 RACI rows, 500 risks', () => {
    // Every added standard has no owner; so has the sample's documentation standard (a gap on purpose).
    const w0 = SAMPLE_WORKSHOP;
    const newId = idMaker('1a000000');
    const big = tweak(SAMPLE_WORKSHOP, (w) => {
      const template = w.standards.find((standard) => standard.key === 'custom')!;
      while (w.standards.length < 200) w.standards.push({ ...template, id: newId(), owner: '' });
      const row = w.raci.activities[9]!;
      while (w.raci.activities.length < 200) w.raci.activities.push({ ...row, id: newId(), assignments: {} });
      // Copies of the ERP-upgrade risk without its acceptance: 494 risks answered nowhere.
      while (w.preMortemRisks.length < 500) w.preMortemRisks.push({ ...w.preMortemRisks[5]!, id: newId(), acceptance: null });
      const note = w.room.notes[0]!;
      while (w.room.notes.length < 2000) w.room.notes.push({ ...note, id: newId() });
    });
    // Valid in every way except the standards count, which goes past LIMITS.standards on purpose.
    const parsed = WorkshopSchema.safeParse(tweak(big, (w) => void (w.standards = w.standards.slice(0, 100))));
    expect(parsed.success ? 'valid' : parsed.error.issues.slice(0, 3)).toBe('valid');
    const report = assessReadiness(big);
    expect(report.findings.filter((f) => f.ruleId === 'standards.no-owner')).toHaveLength(200 - w0.standards.length + 1);
    expect(report.findings.filter((f) => f.ruleId === 'ownership.raci-row')).toHaveLength(191);
    expect(report.findings.filter((f) => f.ruleId === 'risks.unanswered')).toHaveLength(494);
    expect(report.areaScores.standards.score).toBe(0);
  });
});

describe('the comment table in assess-readiness.ts', () => {
  const source = readFileSync(new URL('../../../../shared/readiness/assess-readiness.ts', import.meta.url), 'utf8');
  const header = source.slice(0, source.indexOf('*/'));

  it.each(RULES.map((r) => [r.id, r] as const))('lists %s with its severity and points', (id, rule) => {
    const row = header.split('\n').find((line) => line.includes(`| ${id} `));
    expect(row, `no row for ${id}`).toBeDefined();
    const cells = row!.split('|').map((c) => c.trim());
    expect(cells).toContain(rule.severity);
    expect(cells).toContain(rule.severity === 'blocking' ? 'all' : String(pointsOff(rule)));
  });

  it.each(AREA_IDS.map((a) => [AREAS[a].label, AREAS[a].weight] as const))('gives %s the weight %i', (label, weight) => {
    const row = header.split('\n').find((line) => line.includes(`| ${label}`));
    expect(row, `no row for ${label}`).toBeDefined();
    expect(row!.split('|').map((c) => c.trim())).toContain(String(weight));
  });
});

describe('accepted findings', () => {
  const ready = readyWorkshop();
  const notConfirmed = tweak(ready, (w) => void (w.operatingModel.ownerConfirmed = false));
  const key = assessReadiness(notConfirmed).findings.find((f) => f.ruleId === 'operating-model.owner-not-confirmed')!.key;
  const acceptedUntil = (workshop: Workshop, findingKey: string, until: string | null) =>
    tweak(workshop, (w) => {
      w.acceptedFindings = [
        { id: READY.gone, findingKey, acceptedBy: 'Fay Lund', reason: 'Oscar is on leave.', acceptedOn: '2026-03-02', until },
      ];
    });

  it.each([
    ['before the date', '2026-03-10'],
    ['on the last day', '2026-03-31'],
    ['with no today given', undefined],
  ])('takes a warning accepted until a date out of the count %s', (_when, today) => {
    const report = assessReadiness(acceptedUntil(notConfirmed, key, '2026-03-31'), { today });
    expect(problems(report)).toEqual([]);
    expect(report.accepted.map((a) => [a.finding.key, a.acceptance.acceptedBy])).toEqual([[key, 'Fay Lund']]);
    expect(report).toMatchObject({ verdict: 'ready', score: 100 });
  });

  it.each([
    ['past its date', '2026-03-31', '2026-04-01', 'until'],
    ['with no end date', null, '2026-03-10', 'no end date'],
  ])('counts it again, and says so, %s', (_when, until, today, words) => {
    const report = assessReadiness(acceptedUntil(notConfirmed, key, until), { today });
    expect(report.accepted).toEqual([]);
    const found = problems(report);
    expect(found.map((f) => f.key)).toEqual([key]);
    expect(found[0]!.message).toContain('Accepted by Fay Lund');
    expect(found[0]!.message).toContain(words);
    expect(report.verdict).toBe('fix-before-starting');
  });

  it('does not accept a blocking finding, and says why', () => {
    const noOwner = tweak(ready, (w) => {
      w.operatingModel.ownerParticipantId = null;
      w.operatingModel.ownerName = '';
    });
    const blockerKey = problems(assessReadiness(noOwner))[0]!.key;
    const report = assessReadiness(acceptedUntil(noOwner, blockerKey, '2099-01-01'), { today: '2026-03-10' });
    expect(report.accepted).toEqual([]);
    expect(report.verdict).toBe('do-not-start');
    expect(problems(report)[0]!.message).toContain('a blocking finding cannot be accepted');
  });

  it('ignores an acceptance whose finding no longer fires', () => {
    const report = assessReadiness(acceptedUntil(ready, key, '2026-03-31'), { today: '2026-03-10' });
    expect(report.accepted).toEqual([]);
    expect(report.verdict).toBe('ready');
  });
});

describe('accepting a lapsed acceptance', () => {
  it('is not offered and, if stored anyway, changes nothing: the risk is accepted again in the pre-mortem', () => {
    const expired = tweak(readyWorkshop(), (w) => {
      w.preMortemRisks[0]!.acceptance = { acceptedBy: 'Fay Lund', reason: 'r', acceptedOn: '2026-03-02', until: '2026-03-31' };
    });
    const finding = problems(assessReadiness(expired, { today: '2026-04-01' }))[0]!;
    expect(finding.ruleId).toBe('risks.acceptance-expired');
    expect(canAcceptFinding(finding)).toBe(false);
    const acceptedAnyway = tweak(expired, (w) => {
      w.acceptedFindings = [
        { id: READY.gone, findingKey: finding.key, acceptedBy: 'Fay Lund', reason: 'r', acceptedOn: '2026-04-01', until: '2027-01-01' },
      ];
    });
    const report = assessReadiness(acceptedAnyway, { today: '2026-04-01' });
    expect(report.accepted).toEqual([]);
    expect(problems(report).map((f) => f.key)).toEqual([finding.key]);
  });

  it.each([
    ['a warning', { severity: 'warning', ruleId: 'standards.no-owner' }, true],
    ['a blocker', { severity: 'blocking', ruleId: 'cost.not-covered' }, false],
    ['a fine finding', { severity: 'fine', ruleId: 'cost.fine' }, false],
    ['an expired acceptance', { severity: 'warning', ruleId: 'risks.acceptance-expired' }, false],
    ['an acceptance with no end date', { severity: 'warning', ruleId: 'risks.acceptance-no-expiry' }, false],
  ])('canAcceptFinding: %s → %s', (_name, finding, expected) => {
    expect(canAcceptFinding(finding)).toBe(expected);
  });
});
