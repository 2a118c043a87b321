import { describe, expect, it } from 'vitest';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';
import {
  AREA_IDS,
  type Area,
  type AreaScore,
  assessReadiness,
  explainVerdict,
  type Finding,
  type ReadinessReport,
  type Severity,
  type Verdict,
  VERDICT_LABELS,
} from '../../../../shared/readiness';
import { emptyWorkshop, readyWorkshop, sampleWithGapsClosed } from './builders';

let counter = 0;
const finding = (area: Area, severity: Severity, title: string): Finding => ({
  key: `k${++counter}`,
  ruleId: `${area}.rule`,
  severity,
  area,
  title,
  message: `${title}: message`,
  fix: { stageId: 'review', fieldPath: [], label: 'Fix it' },
});

/** A report as the engine would give it: findings in area order, the given area scores, the rest at 100. */
function report(verdict: Verdict, findings: Finding[], scores: Partial<Record<Area, number>> = {}, score = 90): ReadinessReport {
  const areaScores = Object.fromEntries(
    AREA_IDS.map((area): [Area, AreaScore] => [area, { score: scores[area] ?? 100, weight: 10, counts: { blocking: 0, warning: 0, fine: 0 } }]),
  ) as Record<Area, AreaScore>;
  const sorted = [...findings].sort((a, b) => AREA_IDS.indexOf(a.area) - AREA_IDS.indexOf(b.area));
  return { findings: sorted, accepted: [], areaScores, score, verdict, verdictLabel: VERDICT_LABELS[verdict], gate: 'pilot', stopped: null };
}

describe('the verdict in one sentence', () => {
  it.each<[string, ReadinessReport, string]>([
    ['ready: nothing to fix', report('ready', [finding('people', 'fine', 'Operations is in the room')], {}, 100), 'Ready to start the pilot: not one warning sign in any area.'],
    ['a score below the bar with no finding', report('fix-before-starting', [], {}, 70), 'Fix before starting: the overall score, 70, is below 80.'],
    [
      'fix: one warning',
      report('fix-before-starting', [finding('standards', 'warning', 'Documentation has no owner')], { standards: 90 }),
      'Fix before starting: Documentation has no owner.',
    ],
    [
      'fix: two areas, weakest first whatever the review order',
      report('fix-before-starting', [finding('standards', 'warning', 'Fallback process has no owner'), finding('pilot', 'warning', 'The pilot has no hypotheses')], {
        standards: 90,
        pilot: 70,
      }),
      'Fix before starting: the pilot has no hypotheses and Fallback process has no owner.',
    ],
    [
      'fix: a tie goes to the area the review lists first',
      report('fix-before-starting', [finding('transition', 'warning', 'The transition has no length'), finding('cost', 'warning', 'No transition budget')], {
        cost: 70,
        transition: 70,
      }),
      'Fix before starting: no transition budget and the transition has no length.',
    ],
    [
      'fix: three findings are all named, one per area before a second from the same area',
      report(
        'fix-before-starting',
        [
          finding('standards', 'warning', 'Documentation has no owner'),
          finding('standards', 'warning', 'Cost model has no owner'),
          finding('ownership', 'warning', 'The ownership matrix is empty'),
        ],
        { standards: 80, ownership: 70 },
      ),
      'Fix before starting: the ownership matrix is empty, Documentation has no owner and Cost model has no owner.',
    ],
    [
      'fix: past three, two named and the rest counted',
      report(
        'fix-before-starting',
        [
          finding('standards', 'warning', 'Documentation has no owner'),
          finding('standards', 'warning', 'Cost model has no owner'),
          finding('ownership', 'warning', 'The ownership matrix is empty'),
          finding('risks', 'warning', 'A risk with no answer'),
          finding('pilot', 'warning', 'Nobody owns the go/no-go decision'),
        ],
        { standards: 80, ownership: 70, risks: 90, pilot: 70 },
      ),
      'Fix before starting: the ownership matrix is empty, nobody owns the go/no-go decision and 3 more findings.',
    ],
    [
      'do not start: the blockers are named, warnings only counted, even from a weaker area',
      report(
        'do-not-start',
        [
          finding('standards', 'warning', 'Documentation has no owner'),
          finding('operating-model', 'blocking', 'No named operational owner'),
          finding('people', 'blocking', 'No one from operations in the room'),
        ],
        { people: 0, 'operating-model': 0, standards: 0 },
      ),
      'Do not start: no one from operations in the room, no named operational owner and 1 more finding.',
    ],
    [
      'do not start: one blocker among many warnings',
      report(
        'do-not-start',
        [
          finding('cost', 'blocking', 'The business case does not cover the full lifecycle'),
          ...['a', 'b', 'c', 'd'].map((name) => finding('standards', 'warning', `Standard ${name} has no owner`)),
        ],
        { cost: 0, standards: 60 },
      ),
      'Do not start: the business case does not cover the full lifecycle and 4 more findings.',
    ],
    [
      'a title with a comma: the list is separated by semicolons',
      report(
        'fix-before-starting',
        [finding('transition', 'warning', 'Transition longer than usual, no reason given'), finding('risks', 'warning', 'A risk with no answer')],
        { transition: 70, risks: 90 },
      ),
      'Fix before starting: Transition longer than usual, no reason given; and a risk with no answer.',
    ],
    [
      'a custom standard named with a capital keeps it',
      report('fix-before-starting', [finding('standards', 'warning', 'A/B routing has no owner.')], { standards: 90 }),
      'Fix before starting: A/B routing has no owner.',
    ],
  ])('%s', (_name, input, sentence) => {
    expect(explainVerdict(input)).toBe(sentence);
  });

  it('always starts with the verdict and ends in one full stop', () => {
    for (const workshop of [emptyWorkshop(), readyWorkshop(), SAMPLE_WORKSHOP, sampleWithGapsClosed()]) {
      const assessed = assessReadiness(workshop);
      const sentence = explainVerdict(assessed);
      expect(sentence.startsWith(`${assessed.verdictLabel}: `)).toBe(true);
      expect(sentence).toMatch(/[^.]\.$/);
    }
  });

  it('explains the sample workshop from its weakest area, the transition', () => {
    expect(explainVerdict(assessReadiness(SAMPLE_WORKSHOP))).toBe(
      'Fix before starting: Transition longer than usual, no reason given; Documentation has no owner; and 2 more findings.',
    );
  });

  it('explains an empty plan by its blockers', () => {
    expect(explainVerdict(assessReadiness(emptyWorkshop()))).toMatch(/^Do not start: no one from operations in the room, no named operational owner and \d+ more findings\.$/);
  });

  it('is ready once every gap is closed', () => {
    expect(explainVerdict(assessReadiness(sampleWithGapsClosed()))).toBe('Ready to start the pilot: not one warning sign in any area.');
  });
});
