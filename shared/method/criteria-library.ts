import type { DefaultStandardKey } from './standards';

/**
 * THE CRITERIA LIBRARY: suggested acceptance criteria for each default standard, written for the
 * pilots Endfirst is used for (reading documents, triaging work, summarising). The room adds one
 * with a click and then owns it as ordinary text: it fills the blanks (`__`) with its own numbers
 * and rewrites what does not fit. A criterion is only useful when someone can check it on a given
 * day, so every entry names a number to agree, a person, or a test to run.
 *
 * Each entry says why it matters and which reference the room can look up (nothing here links
 * anywhere: the app works offline). The references are the ones transformation and risk teams
 * already trust; SOURCES names them once so the wording stays the same everywhere.
 */

/** A blank the room fills with its own number or name. */
export const BLANK = '__';

export const SOURCES = {
  'ml-test-score': { name: 'ML Test Score', full: "Google's ML Test Score (Breck et al., 2017)" },
  'aws-orr': { name: 'AWS Operational Readiness Review', full: 'AWS Operational Readiness Reviews and their generative-AI lens' },
  'nist-ai-rmf': { name: 'NIST AI RMF', full: 'the NIST AI Risk Management Framework (AI RMF 1.0)' },
  'nist-ai-600-1': { name: 'NIST AI 600-1', full: 'the NIST AI RMF Generative AI profile (NIST AI 600-1)' },
  'iso-42001': { name: 'ISO/IEC 42001', full: 'ISO/IEC 42001, AI management systems' },
  'eu-ai-act': { name: 'EU AI Act', full: 'the EU AI Act (Regulation (EU) 2024/1689)' },
} as const;
export type SourceId = keyof typeof SOURCES;

export interface SuggestedCriterion {
  /** Stable within the library: a list key, and how tests name an entry. */
  readonly id: string;
  /** One checkable sentence, with `__` where the room puts its number. */
  readonly text: string;
  /** Why a sceptical room should want it, naming the reference (its short name from SOURCES). */
  readonly whyItMatters: string;
  readonly source: SourceId;
  /** Where in the reference to look: a section, an article, a test. */
  readonly reference: string;
}

/** Keyed by every default standard: a new default does not compile until it has suggestions. */
export type LibraryStandardKey = DefaultStandardKey;

export const CRITERIA_LIBRARY: Readonly<Record<LibraryStandardKey, readonly SuggestedCriterion[]>> = {
  'security-review': [
    {
      id: 'security-review.inference-location',
      text: 'Inference runs in __ (a named region or our own servers); no prompt, document or output leaves it.',
      whyItMatters:
        'Where the model runs decides which law and which contract cover every document sent to it. NIST AI 600-1 lists data privacy and information security among the risks particular to generative AI.',
      source: 'nist-ai-600-1',
      reference: 'Data privacy; information security',
    },
    {
      id: 'security-review.prompt-injection',
      text: 'A prompt-injection test of at least __ crafted inputs (instructions hidden in documents and emails) makes the system take no action it was not asked for.',
      whyItMatters:
        'A document can carry instructions the model obeys as if the user had typed them. NIST AI 600-1 names prompt injection as an information security risk to test for before release.',
      source: 'nist-ai-600-1',
      reference: 'Information security: prompt injection',
    },
    {
      id: 'security-review.least-privilege',
      text: "The system's service account can read only __ and write only __; it cannot send, pay, approve or delete anything on its own.",
      whyItMatters:
        'What a model cannot do, an injected instruction cannot make it do. The AWS Operational Readiness Review asks for least-privilege access on every production workload.',
      source: 'aws-orr',
      reference: 'Security: least privilege',
    },
    {
      id: 'security-review.findings-closed',
      text: 'Every high-risk security finding is fixed, owned with a date, or formally accepted by __ with an expiry date.',
      whyItMatters:
        'An open finding nobody owns is a risk somebody accepted without saying so. The AWS Operational Readiness Review closes a review only when each high-risk finding is fixed, owned or accepted.',
      source: 'aws-orr',
      reference: 'High-risk findings',
    },
    {
      id: 'security-review.repeat-on-change',
      text: 'The security review is repeated within __ days when the model, the vendor or a data source changes.',
      whyItMatters:
        'A review signed for one model says nothing about its successor. ISO/IEC 42001 expects AI risks to be reassessed when the system changes.',
      source: 'iso-42001',
      reference: 'Clause 8.2, AI risk assessment',
    },
  ],
  'data-governance': [
    {
      id: 'data-governance.no-vendor-training',
      text: 'The contract says the vendor does not train on our prompts, documents or outputs and keeps none of them beyond __ days.',
      whyItMatters:
        "Without it, invoices, claims and personal data can end up in someone else's model. NIST AI 600-1 treats data privacy and third-party data use as generative-AI risks to manage by contract.",
      source: 'nist-ai-600-1',
      reference: 'Data privacy; value chain and component integration',
    },
    {
      id: 'data-governance.output-log',
      text: 'Every output is logged with its input reference, model and prompt version, time and the person who acted on it; logs are kept for __ months (at least six).',
      whyItMatters:
        'When a decision is challenged, the log is the only way to show what the system said and why. The EU AI Act requires automatic logging and has deployers keep the logs for at least six months.',
      source: 'eu-ai-act',
      reference: 'Art. 12 and Art. 26(6)',
    },
    {
      id: 'data-governance.log-access',
      text: 'Only __ (named roles) may read the logs and stored outputs; access is reviewed every __ months.',
      whyItMatters:
        'A log full of documents is itself sensitive data. ISO/IEC 42001 asks for controls over data used and produced by an AI system.',
      source: 'iso-42001',
      reference: 'Annex A.7, data for AI systems',
    },
    {
      id: 'data-governance.personal-data',
      text: 'The personal data the system reads is listed by category, with its lawful basis and a retention of __ for each.',
      whyItMatters:
        'Nobody can keep a promise about data nobody listed. The NIST AI RMF asks that data and its privacy risks be mapped before deployment.',
      source: 'nist-ai-rmf',
      reference: 'MAP 4 and MEASURE 2.10, privacy',
    },
  ],
  'monitoring-alerting': [
    {
      id: 'monitoring-alerting.quality-sample',
      text: 'A person scores a weekly sample of __ outputs; __ is alerted if accuracy falls more than __ points below the go-live baseline.',
      whyItMatters:
        "Uptime says nothing about wrong answers: quality is only seen by looking. The ML Test Score's monitoring tests check that the model's quality in production is watched, not assumed.",
      source: 'ml-test-score',
      reference: 'Monitoring tests: prediction quality has not regressed',
    },
    {
      id: 'monitoring-alerting.input-drift',
      text: "The mix of inputs (document types, languages, lengths) is compared with the pilot's every __ days; a shift of more than __% raises an alert.",
      whyItMatters:
        "A model tested on last year's documents quietly degrades when suppliers change their layouts. The ML Test Score checks that production data still looks like the data the model was judged on.",
      source: 'ml-test-score',
      reference: 'Monitoring tests: data invariants and training–serving skew',
    },
    {
      id: 'monitoring-alerting.malformed-output',
      text: 'Malformed, truncated or empty model output counts as a failure, not a result: it goes to __ and alerts when it exceeds __% of items in a day.',
      whyItMatters:
        'A cut-off answer that still parses is the most common silent failure of generative systems. NIST AI 600-1 asks for monitoring of output errors in production, not only of availability.',
      source: 'nist-ai-600-1',
      reference: 'Measure and manage: production monitoring',
    },
    {
      id: 'monitoring-alerting.latency-availability',
      text: 'No output for __ minutes in service hours, or a 95th percentile time per item above __ seconds, pages the person on call.',
      whyItMatters:
        'Someone must be told before the users are. The AWS Operational Readiness Review asks for alarms on what customers feel, with a person who receives them.',
      source: 'aws-orr',
      reference: 'Monitoring and alarming',
    },
    {
      id: 'monitoring-alerting.alert-tested',
      text: 'Each alert names its owner and the first runbook step; every alert is test-fired at least every __ months.',
      whyItMatters:
        'An alert that has never fired is a guess. The AWS Operational Readiness Review asks that alarms are tested and lead to a documented action.',
      source: 'aws-orr',
      reference: 'Monitoring and alarming; runbooks',
    },
  ],
  'fallback-process': [
    {
      id: 'fallback-process.one-switch',
      text: 'One switch sends all work to the manual route within __ minutes; it was rehearsed during the transition.',
      whyItMatters:
        'The day the model is wrong or down, the work must still get done without a meeting. The AWS Operational Readiness Review asks for a tested way to take a failing component out of the path.',
      source: 'aws-orr',
      reference: 'Failure management',
    },
    {
      id: 'fallback-process.pinned-rollback',
      text: 'The model and prompt in production are pinned by version; rollback to the previous pair is tested and takes under __ minutes.',
      whyItMatters:
        "A vendor update or a prompt edit can change every answer overnight. The ML Test Score's infrastructure tests check that a model can be rolled back quickly and safely.",
      source: 'ml-test-score',
      reference: 'Infrastructure tests: models can be rolled back',
    },
    {
      id: 'fallback-process.manual-capacity',
      text: 'The manual route can absorb __ items a day for __ working days with the people named in the rota.',
      whyItMatters:
        'A fallback that needs staff who have moved on is no fallback. The AWS Operational Readiness Review asks that recovery plans are sized and staffed, not only written.',
      source: 'aws-orr',
      reference: 'Failure management: recovery capacity',
    },
    {
      id: 'fallback-process.low-confidence-to-person',
      text: 'An item with malformed output, or a confidence below __, goes to a person, never straight through.',
      whyItMatters:
        "The cases the model finds hardest are the ones most worth a human look. NIST AI 600-1 asks for a human fallback when a generative system's output cannot be relied on.",
      source: 'nist-ai-600-1',
      reference: 'Manage: human fallback',
    },
  ],
  documentation: [
    {
      id: 'documentation.runbook',
      text: 'A runbook covers the __ most frequent failures with the first step for each; someone from operations has run every step once.',
      whyItMatters:
        'The people who built it will not be in the room at 3 a.m. The AWS Operational Readiness Review expects runbooks that the operating team has exercised.',
      source: 'aws-orr',
      reference: 'Runbooks and playbooks',
    },
    {
      id: 'documentation.model-card',
      text: 'A model record names the model, prompt version, evaluation set, known weaknesses and last evaluation date, and is updated within __ days of any change.',
      whyItMatters:
        "Without it, nobody can say which model made last month's decisions. ISO/IEC 42001 asks for documented information about each AI system over its life cycle.",
      source: 'iso-42001',
      reference: 'Annex A.6, AI system life cycle documentation',
    },
    {
      id: 'documentation.intended-use',
      text: 'The intended use and the uses that are out of scope are written down and shown to users at __.',
      whyItMatters:
        'A summariser used as a decision-maker is a different system. The NIST AI RMF starts by documenting the context and intended purpose of an AI system.',
      source: 'nist-ai-rmf',
      reference: 'MAP 1.1, intended purpose',
    },
    {
      id: 'documentation.change-log',
      text: 'Every change to the model, prompt or thresholds is logged with who approved it and why; the log is kept for __ years.',
      whyItMatters:
        'Small prompt edits add up to a different system nobody approved. ISO/IEC 42001 expects changes to an AI system to be controlled and recorded.',
      source: 'iso-42001',
      reference: 'Clause 8.1, operational planning and control',
    },
  ],
  'support-model': [
    {
      id: 'support-model.hours-and-response',
      text: 'Users reach help at __ during __; a quality complaint gets a first answer within __ working hours.',
      whyItMatters:
        'A user with a wrong answer and nobody to ask works around the system. The AWS Operational Readiness Review asks who supports a workload, when, and how fast.',
      source: 'aws-orr',
      reference: 'Operations: support and escalation',
    },
    {
      id: 'support-model.escalation',
      text: 'The service desk can escalate a quality incident to someone able to change the model or prompt within __ hours.',
      whyItMatters:
        'The service desk can restart a server but cannot fix a prompt. The AWS Operational Readiness Review asks for an escalation path that reaches the people who can fix the cause.',
      source: 'aws-orr',
      reference: 'Incident management: escalation',
    },
    {
      id: 'support-model.model-end-of-life',
      text: "A register lists each model's end-of-life date; a successor is evaluated at least __ days before it.",
      whyItMatters:
        "Vendors retire model versions on their own timetable, often at a few months' notice. ISO/IEC 42001 treats the AI system's life cycle, retirement included, as something to plan.",
      source: 'iso-42001',
      reference: 'Annex A.6, AI system life cycle',
    },
    {
      id: 'support-model.user-flags',
      text: 'Users can flag a wrong output in one step; flags are reviewed every __ working days and the confirmed ones join the evaluation set.',
      whyItMatters:
        'The people using it see errors first. The NIST AI RMF asks for feedback from end users to be collected and used to improve the system.',
      source: 'nist-ai-rmf',
      reference: 'MEASURE 3.3, end-user feedback',
    },
  ],
  'cost-model': [
    {
      id: 'cost-model.cost-per-item',
      text: 'Median and 95th percentile cost per item measured in the pilot, retries and human review time included.',
      whyItMatters:
        'Generative costs vary per item: a few long documents can cost more than the rest together. The generative-AI lens of the AWS Operational Readiness Review asks for cost per request to be measured before launch.',
      source: 'aws-orr',
      reference: 'Generative-AI lens: cost',
    },
    {
      id: 'cost-model.spend-stop',
      text: 'A monthly spend stop at __ pauses automated processing and alerts __ when __% of it is reached.',
      whyItMatters:
        "A loop of retries or a volume spike can spend a year's budget in a weekend. The AWS Operational Readiness Review's generative-AI lens asks for spend limits and alarms.",
      source: 'aws-orr',
      reference: 'Generative-AI lens: cost controls',
    },
    {
      id: 'cost-model.per-item-budget',
      text: 'An item that would use more than __ tokens (or calls) goes to the manual route instead of being retried.',
      whyItMatters:
        "Unbounded retries turn one bad document into a large bill. The AWS Operational Readiness Review's generative-AI lens asks for limits per request.",
      source: 'aws-orr',
      reference: 'Generative-AI lens: quotas and limits',
    },
    {
      id: 'cost-model.against-benefit',
      text: 'Cost per item is reported every __ months against the benefit per item of __, and finance reviews both.',
      whyItMatters:
        'A pilot that costs more per item than it saves should be stopped, not scaled. The NIST AI RMF asks that benefits and costs be weighed and tracked once the system runs.',
      source: 'nist-ai-rmf',
      reference: 'MANAGE 2.1, resources and benefits',
    },
  ],
  'evaluation-quality-gate': [
    {
      id: 'evaluation-quality-gate.fixed-set',
      text: 'A fixed evaluation set of __ real, anonymised items, hard and rare cases included, is scored before go-live and before every model or prompt change.',
      whyItMatters:
        "Without a fixed set every change is judged on a new handful of examples. The ML Test Score's model tests check that quality is measured the same way before each release.",
      source: 'ml-test-score',
      reference: 'Model tests: quality checked before serving',
    },
    {
      id: 'evaluation-quality-gate.pass-threshold',
      text: 'The pass threshold is __% on that set; no change goes live that lowers the score by more than __ points.',
      whyItMatters:
        'A gate with no number passes whatever is ready on the day. The ML Test Score rates a system by its weakest section, and a model with no pass mark fails its model tests.',
      source: 'ml-test-score',
      reference: 'Model tests; the weakest section sets the score',
    },
    {
      id: 'evaluation-quality-gate.business-cost-of-errors',
      text: 'The metric is tied to the business outcome: a missed __ costs about __ and a false alarm about __, and the threshold is set on that trade-off.',
      whyItMatters:
        'Accuracy treats every error alike; the business never does. The ML Test Score checks that offline model metrics are tied to the impact the business actually sees.',
      source: 'ml-test-score',
      reference: 'Model tests: offline metrics correlate with real impact',
    },
    {
      id: 'evaluation-quality-gate.made-up-answers',
      text: 'Made-up answers (claims not found in the source) are counted on the evaluation set: at most __ in __ outputs.',
      whyItMatters:
        'A fluent summary that invents a figure is worse than none. NIST AI 600-1 calls this confabulation and asks for it to be measured before release.',
      source: 'nist-ai-600-1',
      reference: 'Confabulation',
    },
    {
      id: 'evaluation-quality-gate.malformed-counts',
      text: 'Malformed or truncated outputs count as failures in the evaluation score, never left out of it.',
      whyItMatters:
        'Dropping the outputs that did not parse flatters every score. NIST AI 600-1 asks that evaluation reflects how the system really behaves.',
      source: 'nist-ai-600-1',
      reference: 'Measure: pre-deployment testing',
    },
    {
      id: 'evaluation-quality-gate.weakest-slice',
      text: 'The weakest slice (a document type, language or supplier) scores at least __%, not only the average.',
      whyItMatters:
        'A good average can hide a supplier whose invoices all go wrong. The ML Test Score checks model quality on the important slices of the data.',
      source: 'ml-test-score',
      reference: 'Model tests: quality on important data slices',
    },
  ],
  'human-oversight': [
    {
      id: 'human-oversight.review-before-effect',
      text: 'A person reviews every output before it is __ (paid, sent, decided), or a sample of __% when confidence is above __.',
      whyItMatters:
        'Someone has to be answerable for what the system does. The EU AI Act requires human oversight by people who can understand, question and overrule the output.',
      source: 'eu-ai-act',
      reference: 'Art. 14, human oversight',
    },
    {
      id: 'human-oversight.see-source-and-override',
      text: 'The reviewer sees the source passage behind each output and can override it in one step; every override is logged.',
      whyItMatters:
        'A reviewer who cannot check the source can only agree. The EU AI Act asks that people overseeing a system can interpret its output and disregard or reverse it.',
      source: 'eu-ai-act',
      reference: 'Art. 14(4)',
    },
    {
      id: 'human-oversight.stop',
      text: '__ (a named person) can stop the system at once, and has done so once in a rehearsal.',
      whyItMatters:
        'Oversight without a stop button is observation. The EU AI Act asks that a person can interrupt the system through a stop procedure.',
      source: 'eu-ai-act',
      reference: 'Art. 14(4)(e)',
    },
    {
      id: 'human-oversight.training-automation-bias',
      text: "Reviewers are trained on the system's known weaknesses and on automation bias before they start, for at least __ hours.",
      whyItMatters:
        'People soon trust a system that is usually right. The EU AI Act asks that overseers are made aware of automation bias and have the competence to oversee.',
      source: 'eu-ai-act',
      reference: 'Art. 14(4)(b) and Art. 26(2)',
    },
    {
      id: 'human-oversight.override-rate',
      text: 'The share of outputs reviewers change is reported every __ weeks; above __% the owner reviews the process, and near zero is checked for rubber-stamping.',
      whyItMatters:
        'The override rate shows whether oversight is real. The NIST AI RMF asks that human oversight is defined, measured and documented.',
      source: 'nist-ai-rmf',
      reference: 'GOVERN 3.2 and MEASURE 2.8',
    },
  ],
  'ai-risk-assessment': [
    {
      id: 'ai-risk-assessment.risk-class',
      text: 'The EU AI Act risk class is recorded with its reason; if the Art. 6(3) exemption for a narrow procedural task is claimed, __ signs the written reason.',
      whyItMatters:
        'The risk class decides which obligations apply; an exemption claimed without a written reason is hard to defend. The EU AI Act lets a system listed as high-risk claim the exemption only with a documented assessment.',
      source: 'eu-ai-act',
      reference: 'Art. 6(3) and Annex III',
    },
    {
      id: 'ai-risk-assessment.impact-assessment',
      text: 'An AI risk and impact assessment names the people affected, the harms and the controls, and is reviewed every __ months and at any model change.',
      whyItMatters:
        'Risks change when the model, the data or the use changes. ISO/IEC 42001 requires an AI system impact assessment, kept up to date.',
      source: 'iso-42001',
      reference: 'Clause 6.1.4, AI system impact assessment',
    },
    {
      id: 'ai-risk-assessment.genai-risks-owned',
      text: 'Each generative-AI risk that applies (made-up answers, data leakage, prompt injection, harmful bias) has a control and an owner; at least __ are tested.',
      whyItMatters:
        'A list of risks without owners changes nothing. NIST AI 600-1 lists the risks particular to generative AI and the actions that manage each.',
      source: 'nist-ai-600-1',
      reference: 'Section 2, risks; Section 3, actions',
    },
    {
      id: 'ai-risk-assessment.findings-closed',
      text: 'Every high-risk finding of the assessment is fixed, owned with a date, or formally accepted by __ with an expiry of at most __ months.',
      whyItMatters:
        'An accepted risk without an expiry is accepted forever. The AWS Operational Readiness Review closes only when each high-risk finding is fixed, owned with a date, or formally accepted.',
      source: 'aws-orr',
      reference: 'High-risk findings',
    },
    {
      id: 'ai-risk-assessment.inventory',
      text: "The system is in the organisation's AI inventory with owner, purpose, model, vendor and risk class, updated within __ days of a change.",
      whyItMatters:
        'Nobody can govern systems nobody has listed. The NIST AI RMF asks for an inventory of AI systems, kept up to date.',
      source: 'nist-ai-rmf',
      reference: 'GOVERN 1.6, AI system inventory',
    },
  ],
};

/** The suggestions for a standard; none for the room's own standards. */
export function suggestedCriteriaFor(key: string): readonly SuggestedCriterion[] {
  return Object.hasOwn(CRITERIA_LIBRARY, key) ? CRITERIA_LIBRARY[key as LibraryStandardKey] : [];
}
