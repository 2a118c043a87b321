import { Info, ShieldAlert } from 'lucide-react';
import { useMemo } from 'react';
import { AI_RISK_CLASSES, type AiRiskClass } from '../../../../../shared/domain/ai-risk';
import { RISK_CLASS_LABELS, RISK_YES_NO_QUESTIONS, type RiskYesNoQuestion } from '../../../../../shared/method/ai-risk-questions';
import { suggestRiskClass } from '../../../../../shared/method/risk-class';
import { AutosaveField } from '../../../editing/AutosaveField';
import { ChoiceField } from '../../../editing/ChoiceField';
import type { StageProps } from '../stage-props';
import { adoptRiskReasoning, answerRiskQuestion, chooseRiskClass } from './end-state-recipes';

type Answer = 'unanswered' | 'yes' | 'no';
const ANSWER_OPTIONS: readonly { value: Answer; label: string }[] = [
  { value: 'unanswered', label: 'Not answered yet' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const toAnswer = (value: boolean | null): Answer => (value === null ? 'unanswered' : value ? 'yes' : 'no');
const fromAnswer = (answer: Answer): boolean | null => (answer === 'unanswered' ? null : answer === 'yes');

type ClassChoice = AiRiskClass | 'undecided';
const CLASS_OPTIONS: readonly { value: ClassChoice; label: string }[] = [
  { value: 'undecided', label: 'Not decided' },
  ...AI_RISK_CLASSES.map((value) => ({ value, label: RISK_CLASS_LABELS[value] })),
];

/**
 * "What risk class is this system?": two questions in words, four answered yes or no, the class
 * they suggest with its reasoning, and the class and reasoning the room settles on.
 */
export function AiRiskCard({ workshop, edit }: StageProps) {
  const { aiRisk } = workshop.endState;
  const suggestion = useMemo(() => suggestRiskClass(aiRisk), [aiRisk]);
  const effective = aiRisk.chosenClass ?? suggestion.riskClass;
  const text = (key: 'decidesOrInfluences' | 'aboutWhom') => ({
    workshopId: workshop.id,
    path: ['endState', 'aiRisk', key] as const,
    value: aiRisk[key],
  });
  const isReasoningAdopted = aiRisk.reasoning.trim() === suggestion.reasoning.trim();

  const question = ({ key, question: label, hint }: RiskYesNoQuestion) => (
    <div key={key} className="ai-risk-question">
      <ChoiceField<Answer>
        path={['endState', 'aiRisk', key]}
        label={label}
        value={toAnswer(aiRisk[key])}
        options={ANSWER_OPTIONS}
        onChange={(answer) => void edit(answerRiskQuestion(key, fromAnswer(answer)))}
      />
      <p className="field-hint">{hint}</p>
    </div>
  );

  return (
    <section className="card ai-risk-card" aria-labelledby="ai-risk-title">
      <h2 id="ai-risk-title">AI risk class</h2>
      <p className="ai-risk-disclaimer">
        <Info aria-hidden="true" size={20} />
        <span>Guidance for the room, not legal advice: have legal or compliance confirm the class.</span>
      </p>

      <div className="end-state-grid">
        <AutosaveField
          {...text('decidesOrInfluences')}
          label="What does it decide or influence?"
          hint="E.g. which queue an invoice goes to, whether a claim is paid."
          multiline
          rows={2}
        />
        <AutosaveField {...text('aboutWhom')} label="About whom?" hint="Suppliers, employees, customers, patients…" multiline rows={2} />
      </div>

      <fieldset className="ai-risk-questions">
        <legend>Answer yes or no; leave what the room does not know yet.</legend>
        {RISK_YES_NO_QUESTIONS.map(question)}
      </fieldset>

      <div className={`ai-risk-suggestion class-${suggestion.riskClass}`}>
        <p className="ai-risk-suggested" role="status">
          The answers suggest: <strong>{RISK_CLASS_LABELS[suggestion.riskClass]}</strong>
        </p>
        <p className="ai-risk-suggested-reasoning">{suggestion.reasoning}</p>
        {/* Never disabled once used: a button that disables itself drops a keyboard user's focus. */}
        <div className="ai-risk-adopt">
          <button type="button" className="button small" onClick={() => void edit(adoptRiskReasoning(suggestion.reasoning))}>
            Use this reasoning
          </button>
          {isReasoningAdopted && <span className="muted">The reasoning below is this one.</span>}
        </div>
      </div>

      <div className="ai-risk-decision">
        <ChoiceField<ClassChoice>
          path={['endState', 'aiRisk', 'chosenClass']}
          label="The room’s class"
          value={aiRisk.chosenClass ?? 'undecided'}
          options={CLASS_OPTIONS}
          onChange={(choice) => void edit(chooseRiskClass(choice === 'undecided' ? null : choice))}
        />
        <AutosaveField
          workshopId={workshop.id}
          path={['endState', 'aiRisk', 'reasoning']}
          value={aiRisk.reasoning}
          label="Reasoning"
          hint="Why this class, in the room’s words, including whether the Art. 6(3) exemption applies."
          multiline
          rows={3}
        />
      </div>

      {effective === 'high' && (
        <p className="ai-risk-required">
          <ShieldAlert aria-hidden="true" size={20} />
          <span>
            As a high-risk system, <strong>Human oversight</strong> and the <strong>AI risk and impact assessment</strong> are
            required on the standards stage: neither can be set aside without a stated reason.
          </span>
        </p>
      )}
    </section>
  );
}
