import type { Workshop } from '../domain/workshop';
import { assessReadiness } from '../readiness/assess-readiness';
import type { Finding, ReadinessReport } from '../readiness/types';
import type { FindingRef, ReadinessChange } from './types';

/** As for keyedView: a record's report is worked out once (records never change in place). */
const reports = new WeakMap<Workshop, ReadinessReport>();
function assessed(workshop: Workshop): ReadinessReport {
  let report = reports.get(workshop);
  if (!report) {
    report = assessReadiness(workshop);
    reports.set(workshop, report);
  }
  return report;
}

const ref = (finding: Finding): FindingRef => ({ key: finding.key, severity: finding.severity, title: finding.title, message: finding.message });

/**
 * The verdict and score before and after, and why: the warning signs that appeared and cleared,
 * matched by finding key. "Fine" findings (an area's green tick) are left out: they only restate
 * that an area's warnings cleared.
 */
export function describeReadinessChange(before: Workshop, after: Workshop): ReadinessChange {
  const was = assessed(before);
  const now = assessed(after);
  const signs = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity !== 'fine');
  const wasKeys = new Set(signs(was.findings).map((finding) => finding.key));
  const nowKeys = new Set(signs(now.findings).map((finding) => finding.key));
  return {
    before: { verdict: was.verdict, verdictLabel: was.verdictLabel, score: was.score },
    after: { verdict: now.verdict, verdictLabel: now.verdictLabel, score: now.score },
    appeared: signs(now.findings).filter((finding) => !wasKeys.has(finding.key)).map(ref),
    cleared: signs(was.findings).filter((finding) => !nowKeys.has(finding.key)).map(ref),
  };
}
