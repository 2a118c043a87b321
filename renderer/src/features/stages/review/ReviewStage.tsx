import { AlertTriangle, ArrowRight, CheckCircle2, OctagonX } from 'lucide-react';
import { useLocation } from 'wouter';
import {
  AREA_IDS,
  AREAS,
  assessReadiness,
  canAcceptFinding,
  explainVerdict,
  type Finding,
  type Severity,
  type Verdict,
} from '../../../../../shared/readiness';
import { STAGES } from '../../../../../shared/method/stages';
import { requestFieldFocus } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';
import { plural } from '../../../../../shared/text';
import { acceptNames, byArea, goToNames, groupFindings } from './review-model';
import { FinishedPlan } from './FinishedPlan';
import { RiskAnswers } from './RiskAnswers';
import { RoomRecords } from '../../room';
import { localDate } from '../../../db/ids';
import { AcceptedFindings, AcceptFindingButton } from '../acceptance/FindingAcceptance';
import { SessionReview } from '../../sessions';
import '../transition/tpr-shared.css';
import './review.css';

const VERDICT_ICON: Record<Verdict, typeof CheckCircle2> = {
  ready: CheckCircle2,
  'fix-before-starting': AlertTriangle,
  'do-not-start': OctagonX,
};

const SEVERITY_HEADINGS: Record<Severity, string> = { blocking: 'Blocking', warning: 'Warnings', fine: 'Fine' };
const SEVERITY_ICON: Record<Severity, typeof CheckCircle2> = { blocking: OctagonX, warning: AlertTriangle, fine: CheckCircle2 };
const SEVERITY_EMPTY: Record<Severity, string> = {
  blocking: 'Nothing blocks the pilot.',
  warning: 'No warnings.',
  fine: 'No area is fine yet.',
};

const stageTitle = (stageId: string) => STAGES.find((s) => s.id === stageId)?.shortTitle ?? stageId;

export function ReviewStage({ workshop, edit }: StageProps) {
  // Pure and well under a millisecond: recomputed on every render, so it can never be stale.
  const today = localDate();
  const report = assessReadiness(workshop, { today });
  const acceptances = new Map(workshop.acceptedFindings.map((a) => [a.findingKey, a]));
  const groups = groupFindings(report.findings);
  const names = goToNames(report.findings);
  const acceptLabels = acceptNames(report.findings.filter(canAcceptFinding));
  const [, navigate] = useLocation();
  const VerdictIcon = VERDICT_ICON[report.verdict];
  // In a follow-up the room starts on the open actions, so they come straight after the verdict.
  const isFollowUp = (workshop.sessions[workshop.sessions.length - 1]?.kind ?? 'workshop') !== 'workshop';

  const goTo = (finding: Finding) => {
    requestFieldFocus(finding.fix.fieldPath);
    navigate(`/workshop/${workshop.id}/${finding.fix.stageId}`);
  };

  return (
    <div className="review-stage">
      {report.stopped ? <FinishedPlan stopped={report.stopped} /> : (
      <section className={`card verdict verdict-${report.verdict}`} aria-labelledby="review-verdict">
        <div className="verdict-main">
          <p className="verdict-kicker">{report.gate === 'transition' ? 'Transition readiness' : 'Readiness verdict'}</p>
          <h2 id="review-verdict" className="verdict-label" aria-live="polite">
            <VerdictIcon aria-hidden="true" size={52} strokeWidth={2.5} />
            <span data-testid="verdict">{report.verdictLabel}</span>
          </h2>
          <p className="verdict-reason" data-testid="verdict-reason">
            {explainVerdict(report)}
          </p>
        </div>
        <p className="verdict-score">
          <span className="score-number" data-testid="overall-score">
            {report.score}
          </span>
          <span className="score-of">/ 100 overall</span>
        </p>
      </section>
      )}

      <SessionReview workshop={workshop} />
      {isFollowUp && <RoomRecords workshop={workshop} edit={edit} />}

      <section className="card" aria-labelledby="review-areas">
        <h2 id="review-areas">Score per area</h2>
        <ul className="area-scores">
          {AREA_IDS.map((area) => {
            const { score, counts } = report.areaScores[area];
            const tone = counts.blocking > 0 ? 'blocking' : counts.warning > 0 ? 'warning' : 'fine';
            const detail =
              counts.blocking > 0
                ? plural(counts.blocking, 'blocking finding', 'blocking findings')
                : counts.warning > 0
                  ? plural(counts.warning, 'warning', 'warnings')
                  : 'fine';
            return (
              <li key={area} className={`area-score ${tone}`}>
                <span className="area-label">{AREAS[area].label}</span>
                <span className="area-bar" aria-hidden="true">
                  <span style={{ width: `${score}%` }} />
                </span>
                <span className="area-number">{score}</span>
                <span className="area-detail">{detail}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card" aria-labelledby="review-findings">
        <h2 id="review-findings">Findings</h2>
        {(['blocking', 'warning', 'fine'] as const).map((severity) => {
          const Icon = SEVERITY_ICON[severity];
          const findings = groups[severity];
          return (
            <section key={severity} className={`finding-group ${severity}`} aria-labelledby={`findings-${severity}`}>
              <h3 id={`findings-${severity}`}>
                <Icon aria-hidden="true" size={26} />
                {SEVERITY_HEADINGS[severity]} <span className="finding-count">({findings.length})</span>
              </h3>
              {severity === 'blocking' && findings.length > 0 && (
                <p className="muted">A blocking finding cannot be accepted: each one has to be fixed before the pilot starts.</p>
              )}
              {findings.length === 0 ? (
                <p className="muted finding-none">
                  {severity === 'blocking' && report.gate === 'transition' ? 'Nothing blocks the hand-over.' : SEVERITY_EMPTY[severity]}
                </p>
              ) : (
                byArea(findings).map(([area, inArea]) => (
                  <div key={area} className="finding-area-group">
                    <h4 className="finding-area">
                      {AREAS[area].label}
                      {inArea.length > 1 && <span className="finding-count"> ({inArea.length})</span>}
                    </h4>
                    <ul className="finding-list">
                      {inArea.map((finding) => (
                        <li key={finding.key} className="finding" data-finding={finding.key}>
                          <div className="finding-text">
                            <p className="finding-title">{finding.title}</p>
                            <p className="finding-message">{finding.message}</p>
                          </div>
                          <button
                            type="button"
                            className={severity === 'fine' ? 'button small' : 'button primary'}
                            aria-label={names.get(finding.key) ?? finding.fix.label}
                            title={`Opens ${stageTitle(finding.fix.stageId)}`}
                            onClick={() => goTo(finding)}
                          >
                            <span>{finding.fix.label}</span>
                            <ArrowRight aria-hidden="true" size={18} />
                          </button>
                          {canAcceptFinding(finding) && (
                            <AcceptFindingButton
                              finding={finding}
                              name={acceptLabels.get(finding.key) ?? finding.title}
                              current={acceptances.get(finding.key) ?? null}
                              today={today}
                              edit={edit}
                            />
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
            </section>
          );
        })}
        <AcceptedFindings accepted={report.accepted} today={today} edit={edit} />
      </section>

      <RiskAnswers workshop={workshop} edit={edit} />
      {!isFollowUp && <RoomRecords workshop={workshop} edit={edit} />}
    </div>
  );
}
