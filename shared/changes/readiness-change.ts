import type { Workshop } from '../domain/workshop';
import { assessReadiness } from '../readiness/assess-readiness';
import type { Finding } from '../readiness/types';
import type { FindingRef, ReadinessChange } from './types';

const ref = (finding: Finding): FindingRef => ({ key: finding.key, severity: finding.severity, title: finding.title, message: finding.message });

/**
 * The verdict and score before and after, and why: the warning signs that appeared and cleared,
 * matched by finding key. "Fine" findings (an area's green tick) are left out: they only restate
 * that an area's warnings cleared.
 */
export function describeReadinessChange(before: Workshop, after: Workshop): ReadinessChange {
  const was = assessReadiness(before);
  const now = assessReadiness(after);
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
