import { READY_MIN_SCORE } from './assess-readiness';
import { AREA_IDS, type Area, type Finding, type ReadinessReport } from './types';

/**
 * THE VERDICT IN ONE SENTENCE, as the review, the projector and page 1 of the summary say it:
 * "Fix before starting: the transition has no length and Documentation has no owner."
 *
 * - Only the findings of the worst severity present are named: with a blocker, the blockers
 *   (they alone set "Do not start"); otherwise the warnings.
 * - Weakest area first: areas by their score, lowest first; on equal scores, in the order the
 *   review lists them (the method's order). Within an area, the engine's order.
 * - One finding per area before a second from the same area, so the sentence points at as many
 *   places to fix as it names.
 * - Up to three problems are all named; past three, two are named and the rest counted.
 * - Findings are named by their titles, the words the review shows for them; a title that opens
 *   with a small word ("The", "No") is lower-cased to read mid-sentence.
 */

const NAMED_WHEN_FEW = 3;
const NAMED_WHEN_MANY = 2;

/** Titles that open with a small word read mid-sentence in lower case; names keep their capital. */
const SMALL_FIRST_WORD = /^(A|An|The|No|Nobody|Every|One) /;

const inSentence = (title: string): string => {
  const trimmed = title.trim().replace(/[.\s]+$/, '');
  return SMALL_FIRST_WORD.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
};

type Explained = Pick<ReadinessReport, 'findings' | 'areaScores' | 'score' | 'verdict' | 'verdictLabel'>;

/** The findings the sentence names, in the order it names them. */
export function findingsToName(report: Pick<ReadinessReport, 'findings' | 'areaScores'>): Finding[] {
  const problems = report.findings.filter((f) => f.severity !== 'fine');
  const worst = problems.some((f) => f.severity === 'blocking') ? 'blocking' : 'warning';
  const candidates = problems.filter((f) => f.severity === worst);

  const byArea = new Map<Area, Finding[]>();
  for (const finding of candidates) byArea.set(finding.area, [...(byArea.get(finding.area) ?? []), finding]);
  const areas = [...byArea.keys()].sort(
    (a, b) => report.areaScores[a].score - report.areaScores[b].score || AREA_IDS.indexOf(a) - AREA_IDS.indexOf(b),
  );

  const shown = problems.length <= NAMED_WHEN_FEW ? NAMED_WHEN_FEW : NAMED_WHEN_MANY;
  const named: Finding[] = [];
  for (let round = 0; named.length < shown && named.length < candidates.length; round += 1) {
    for (const area of areas) {
      const finding = byArea.get(area)?.[round];
      if (finding !== undefined && named.length < shown) named.push(finding);
    }
  }
  return named;
}

/** Why the verdict is what it is, in one sentence that starts with the verdict and ends in a full stop. */
export function explainVerdict(report: Explained): string {
  const problems = report.findings.filter((f) => f.severity !== 'fine').length;
  if (problems === 0) {
    return report.verdict === 'ready'
      ? `${report.verdictLabel}: not one warning sign in any area.`
      : `${report.verdictLabel}: the overall score, ${report.score}, is below ${READY_MIN_SCORE}.`;
  }
  const titles = findingsToName(report).map((f) => inSentence(f.title));
  const rest = problems - titles.length;
  if (rest > 0) titles.push(`${rest} more ${rest === 1 ? 'finding' : 'findings'}`);
  // A title with a comma of its own ("Transition longer than usual, no reason given") would blur
  // a comma-separated list: then the items are separated by semicolons.
  const separator = titles.some((title) => title.includes(',')) ? ';' : ',';
  const last = titles.pop() ?? '';
  const list = titles.length === 0 ? last : `${titles.join(`${separator} `)}${separator === ';' ? ';' : ''} and ${last}`;
  return `${report.verdictLabel}: ${list}.`;
}
