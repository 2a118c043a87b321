import { unmeasuredResult } from '../domain/pilot';
import { CURRENT_SCHEMA_VERSION, type Workshop } from '../domain/workshop';
import type { StageId } from './stages';
import { SAMPLE_BASELINE_VERSION_ID, SAMPLE_FIRST_SESSION_ENDED_AT, SAMPLE_WORKSHOP_ID, sampleIds } from './sample-workshop-ids';
import { sampleRoom } from './sample-workshop-room';

const P = sampleIds.participant;
const K = sampleIds.risk;
const S = sampleIds.standard;
const RP = sampleIds.raciParty;
const RA = sampleIds.raciActivity;

// The first session's readiness, as the review assessed SAMPLE_BASELINE (tested).
const TREND_SCORE = 87;
const TREND_VERDICT = 'fix-before-starting';
const TREND_REASON = 'Fix before starting: Owner not confirmed; Transition longer than usual, no reason given; and 3 more findings.';

/**
 * A realistic, fully worked example: an invoice-triage assistant at a mid-size logistics firm,
 * after a three-hour workshop on 5 November 2026 and, three weeks later, a follow-up on 26 November. Most answers are good ones; a few gaps are
 * left in on purpose (SAMPLE_WORKSHOP_GAPS) so a facilitator can show what the review flags and
 * how a room fixes it.
 */
export const SAMPLE_WORKSHOP_GAPS: readonly { readonly stageId: StageId; readonly gap: string }[] = [
  { stageId: 'standards', gap: 'The documentation standard has acceptance criteria but no owner.' },
  { stageId: 'ownership', gap: 'Out-of-hours incidents has two Accountable parties (the owner and the service desk).' },
  { stageId: 'transition', gap: 'The transition runs 10 weeks, longer than 8, with no reason given.' },
  { stageId: 'end-state', gap: 'Credit notes in Polish or Turkish reach production but are not in the pilot data.' },
];

export const SAMPLE_WORKSHOP: Workshop = {
  id: SAMPLE_WORKSHOP_ID,
  schemaVersion: CURRENT_SCHEMA_VERSION,
  createdAt: '2026-11-26T08:05:00.000Z',
  updatedAt: '2026-11-26T11:41:00.000Z',
  deletedAt: null,
  meta: {
    title: 'Invoice triage assistant: production plan',
    organisation: 'Hollis & Brandt Logistics',
    date: '2026-11-05',
    facilitator: 'Jo Whitfield',
    template: 'full',
    currentStage: 'review',
    phase: 'planning',
    capability:
      'An assistant that reads incoming supplier invoices, matches them to the purchase order and proof of delivery, ' +
      'and routes each one to payment approval or the right exception queue.',
  },
  participants: [
    { id: P(1), name: 'Maria Jensen', role: 'Head of Innovation Lab', team: 'innovation', present: true },
    { id: P(2), name: 'Tom Okafor', role: 'ML engineer (built the prototype)', team: 'innovation', present: true },
    { id: P(3), name: 'Priya Raman', role: 'Accounts Payable Operations Lead', team: 'operations', present: true },
    { id: P(4), name: 'Lars Eriksen', role: 'AP team supervisor, Antwerp', team: 'operations', present: true },
    { id: P(5), name: 'Ben Adeyemi', role: 'IT service desk manager', team: 'operations', present: true },
    { id: P(6), name: 'Aisha Bello', role: 'Security architect', team: 'it-security', present: true },
    { id: P(7), name: 'Daniel Kim', role: 'Finance data steward', team: 'data', present: true },
    { id: P(8), name: 'Sofia Marques', role: 'FP&A business partner', team: 'finance', present: true },
    { id: P(9), name: 'Henrik Vos', role: 'Group financial controller (sponsor)', team: 'business-owner', present: true },
    { id: P(10), name: 'Claire Dubois', role: 'Compliance manager', team: 'legal-risk', present: false },
  ],
  endState: {
    whatRuns:
      'Every supplier invoice arriving in the AP mailbox or through the EDI gateway is read, its supplier, PO number, ' +
      'amounts and VAT extracted, matched against the purchase order and the proof of delivery in the TMS, and routed: ' +
      'to payment approval when it matches, to the right exception queue when it does not.',
    forWhom:
      'The 14 accounts payable clerks in Rotterdam and Antwerp, and the budget holders who approve exceptions. ' +
      'Suppliers feel it as faster, more predictable payment.',
    volumePerDay: 1800,
    turnaround: 'Routed within 15 minutes of arrival in business hours; the whole day cleared by 18:00, month-end included.',
    qualityBar:
      'At least 95% of invoices routed to the right queue; amount and VAT extracted correctly on 99% of matched invoices; ' +
      'no invoice ever paid twice.',
    brokenInputs:
      'Anything it cannot read with confidence (handwritten notes, crooked scans, several invoices in one PDF, credit notes ' +
      'in Polish or Turkish) goes to a manual "unreadable" queue with the reason. Nothing is dropped silently; the queue is ' +
      'cleared twice a day.',
    inputVarieties: [
      { id: sampleIds.inputVariety(1), label: 'PDF invoices in Dutch, English and German', inPilotData: true },
      { id: sampleIds.inputVariety(2), label: 'EDI messages from the gateway', inPilotData: true },
      { id: sampleIds.inputVariety(3), label: 'Scanned paper invoices', inPilotData: true },
      // Deliberately not in the pilot data: the review flags it (SAMPLE_WORKSHOP_GAPS).
      { id: sampleIds.inputVariety(4), label: 'Credit notes in Polish or Turkish', inPilotData: false },
    ],
    aiRisk: {
      decidesOrInfluences:
        'Which queue an invoice goes to: payment approval or an exception queue. A clerk or budget holder approves every payment.',
      aboutWhom: 'Suppliers (companies), and indirectly the clerks whose queues it fills.',
      profilesPeople: false,
      personalData: true,
      specialCategoryData: false,
      narrowProceduralTask: true,
      chosenClass: 'minimal',
      reasoning:
        'Routing invoices is a narrow procedural task that prepares a human decision (Art. 6(3)); it does not profile people ' +
        'and uses no special-category data. Personal data is limited to supplier contact names on invoices.',
    },
  },
  preMortemRisks: [
    {
      id: K(1),
      text: 'AP clerks were never given time to learn it, kept their spreadsheets, and it was switched off at the budget review.',
      likelihood: 'medium',
      impact: 'high',
      answeredBy: [
        { kind: 'transition', refId: null, note: 'Two AP senior clerks are on the transition team for its full length.' },
        { kind: 'raci', refId: RA(2), note: 'AP operations is Responsible for running the pilot, not just testing it.' },
      ],
      acceptance: null,
    },
    {
      id: K(2),
      text: 'Model costs tripled at month-end peaks and finance pulled the plug.',
      likelihood: 'medium',
      impact: 'high',
      answeredBy: [
        { kind: 'cost', refId: null, note: 'Operations cost modelled at month-end peak volume, three times the daily average.' },
        { kind: 'standard', refId: S(7), note: 'Monthly running-cost report against an FP&A-approved forecast.' },
      ],
      acceptance: null,
    },
    {
      id: K(3),
      text: 'A big carrier changed its invoice layout and accuracy collapsed for weeks before anyone noticed.',
      likelihood: 'high',
      impact: 'medium',
      answeredBy: [
        { kind: 'standard', refId: S(3), note: 'Daily accuracy sample with an alert below 93%.' },
        { kind: 'pilot', refId: sampleIds.hypothesis(1), note: 'The pilot measures accuracy on real, messy invoices.' },
      ],
      acceptance: null,
    },
    {
      id: K(4),
      text: 'Security found supplier bank details going to a model hosted outside the EU, and it was stopped overnight.',
      likelihood: 'low',
      impact: 'high',
      answeredBy: [
        { kind: 'standard', refId: S(1), note: 'EU-hosted model; data flow signed off by IT security.' },
        { kind: 'standard', refId: S(2), note: 'Bank details masked before anything leaves the ERP.' },
        { kind: 'decision', refId: sampleIds.decision(3), note: '' },
      ],
      acceptance: null,
    },
    {
      id: K(5),
      text: 'It went down during quarter close, nobody knew who to call, and AP went back to manual for good.',
      likelihood: 'medium',
      impact: 'high',
      answeredBy: [
        { kind: 'operating-model', refId: null, note: 'Service desk on call with a one-switch fallback to the manual queue.' },
        { kind: 'raci', refId: RA(5), note: '' },
      ],
      acceptance: null,
    },
    {
      // Answered nowhere but accepted by the sponsor until the ERP upgrade date is known: an accepted
      // risk with an end date, which comes back as a warning once that date has passed.
      id: K(6),
      text: 'The ERP upgrade planned for next autumn changed the purchase-order interface and matching broke.',
      likelihood: 'medium',
      impact: 'medium',
      answeredBy: [],
      acceptance: {
        acceptedBy: 'Henrik Vos',
        reason:
          'The ERP programme has not fixed the upgrade date or the new interface yet; nothing useful can be planned before ' +
          'it has. Revisit when the programme publishes its plan.',
        acceptedOn: '2026-11-26',
        until: '2027-09-30',
      },
    },
  ],
  operatingModel: {
    ownerParticipantId: P(3),
    ownerName: 'Priya Raman',
    ownerTeam: 'Accounts Payable Operations',
    operators:
      'Two AP senior clerks, rotating weekly, run the exception queues and the daily accuracy check. ' +
      'The Finance Systems team runs the mailbox and ERP integration.',
    supportHours: 'Monday to Friday 07:00–19:00 CET; month-end close weekends 09:00–17:00.',
    onCall:
      'The IT service desk on-call engineer takes the 2am call. They need no model knowledge: their runbook switches ' +
      'routing to the manual queue and pages Finance Systems if the mailbox connector is down.',
    escalationPath:
      'Service desk → Finance Systems on-call → ML engineer (business hours) → Priya Raman for any decision with business impact.',
    serviceLevels:
      'P1 (nothing routed): restored or on fallback within 1 hour. P2 (accuracy alert): investigated the same day. ' +
      'Availability 99.5% within support hours.',
    changeApprover:
      'Priya Raman approves any model or prompt change after a regression run on the 500-invoice reference set; ' +
      'Aisha Bello signs off any change to data flows.',
    downtimeFallback:
      'Invoices wait in the AP mailbox and clerks use the existing manual matching procedure (runbook AP-07). ' +
      'Nothing is lost, only slower.',
    ownerConfirmed: true,
    ownerConfirmedOn: '2026-11-26',
    qualityGate: { goldenSetSize: 500, passThreshold: '95% routed to the right queue; 99% of amounts and VAT exact' },
    modelEndOfLife: '2027-10-31',
  },
  standards: [
    {
      id: S(1),
      key: 'security-review',
      name: 'Security review',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria:
        'Architecture and data flows reviewed; model hosted in the EU region; penetration test of the mailbox connector ' +
        'passed with no high findings.',
      owner: 'Aisha Bello',
      evidence: 'Signed security review record and the penetration test report.',
      priority: 'high',
      status: 'agreed',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(2),
      key: 'data-governance',
      name: 'Data governance',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria:
        'Invoice images and extracted data kept seven years in the ERP archive only; nothing retained by the model provider; ' +
        'data protection impact assessment completed.',
      owner: 'Daniel Kim',
      evidence: "The DPIA and the provider's zero-retention contract clause.",
      priority: 'high',
      status: 'agreed',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(3),
      key: 'monitoring-alerting',
      name: 'Monitoring and alerting',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria:
        'Dashboard of volume, routing mix and latency; a daily 50-invoice accuracy sample; an alert to the AP lead when ' +
        'accuracy falls below 93% or nothing is routed for 30 minutes in support hours.',
      owner: 'Ben Adeyemi',
      evidence: 'Alert test records from the transition weeks.',
      priority: 'high',
      status: 'defined',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(4),
      key: 'fallback-process',
      name: 'Fallback process',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria: 'One switch sends every invoice to the manual queue; runbook AP-07 rehearsed once during the transition.',
      owner: 'Lars Eriksen',
      evidence: 'Rehearsal log signed by the AP supervisor.',
      priority: 'high',
      status: 'agreed',
      metOn: null,
      waivedReason: '',
    },
    {
      // Deliberately ownerless: the review flags it (SAMPLE_WORKSHOP_GAPS).
      id: S(5),
      key: 'documentation',
      name: 'Documentation',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria: 'Runbook, architecture note, model and prompt change log, and a catalogue of known edge cases.',
      owner: '',
      evidence: 'Documents in the AP team space, reviewed at the handover.',
      priority: 'medium',
      status: 'defined',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(6),
      key: 'support-model',
      name: 'Support model',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria:
        'Service desk scripts for first line; a named second line in Finance Systems; clerks know how to report a wrong routing.',
      owner: 'Priya Raman',
      evidence: 'Service catalogue entry and a test ticket routed end to end.',
      priority: 'high',
      status: 'agreed',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(7),
      key: 'cost-model',
      name: 'Cost model',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria: 'Monthly running-cost report against forecast; the forecast approved by FP&A before go-live.',
      owner: 'Sofia Marques',
      evidence: 'Approved forecast in the FY27 budget.',
      priority: 'medium',
      status: 'defined',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(9),
      key: 'evaluation-quality-gate',
      name: 'Evaluation and quality gate',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria:
        'The 500-invoice reference set (real invoices, month-end included) runs on every change of model, prompt or ' +
        'extraction rules; a change ships only if routing stays at or above 95% and amounts at 99%.',
      owner: 'Henrik Vos',
      evidence: '',
      priority: 'high',
      status: 'defined',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(10),
      key: 'human-oversight',
      name: 'Human oversight',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria:
        'A clerk approves every payment; a senior clerk scores a weekly sample of 100 routed invoices; overrides are ' +
        'logged; the service desk can switch routing to the manual queue at once.',
      owner: 'Priya Raman',
      evidence: '',
      priority: 'high',
      status: 'defined',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(11),
      key: 'ai-risk-assessment',
      name: 'AI risk and impact assessment',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria: 'Risk class and reasoning recorded; intended and unsupported uses listed; Legal has signed off.',
      owner: 'Aisha Bello',
      evidence: '',
      priority: 'medium',
      status: 'defined',
      metOn: null,
      waivedReason: '',
    },
    {
      id: S(8),
      key: 'custom',
      name: 'Duplicate-payment guard',
      applies: true,
      notApplicableReason: '',
      acceptanceCriteria:
        'No invoice is routed to payment if one with the same supplier, number and amount was paid in the last 18 months.',
      owner: 'Henrik Vos',
      evidence: "A test run on last year's 12 known duplicates: all caught.",
      priority: 'high',
      status: 'defined',
      metOn: null,
      waivedReason: '',
    },
  ],
  cost: {
    currency: 'EUR',
    prototypeCents: 6_000_000,
    transitionCents: 17_000_000,
    operationsPerYearCents: 4_800_000,
    maintenancePerYearCents: 3_000_000,
    benefitPerYearCents: 26_000_000,
    horizonYears: 3,
    goLiveDate: '2027-06-01',
    runningCostApprovedYears: 3,
    revalidationPerYearCents: 1_200_000,
  },
  raci: {
    parties: [
      { id: RP(1), label: 'Innovation Lab', kind: 'team', team: 'innovation', participantId: null },
      { id: RP(2), label: 'Priya Raman', kind: 'person', team: null, participantId: P(3) },
      { id: RP(3), label: 'AP team', kind: 'team', team: 'operations', participantId: null },
      { id: RP(4), label: 'IT service desk', kind: 'team', team: 'operations', participantId: null },
      { id: RP(5), label: 'IT security', kind: 'team', team: 'it-security', participantId: null },
      { id: RP(6), label: 'Finance data', kind: 'team', team: 'data', participantId: null },
      { id: RP(7), label: 'FP&A', kind: 'team', team: 'finance', participantId: null },
      { id: RP(8), label: 'Henrik Vos', kind: 'person', team: null, participantId: P(9) },
    ],
    activities: [
      { id: RA(1), key: 'build-pilot', name: 'Build the pilot', assignments: { [RP(1)]: 'R', [RP(8)]: 'A', [RP(2)]: 'C', [RP(5)]: 'C' } },
      { id: RA(2), key: 'run-pilot', name: 'Run the pilot', assignments: { [RP(2)]: 'A', [RP(3)]: 'R', [RP(1)]: 'R', [RP(6)]: 'C', [RP(8)]: 'I' } },
      { id: RA(3), key: 'production-operations', name: 'Production operations', assignments: { [RP(2)]: 'A', [RP(3)]: 'R', [RP(4)]: 'R', [RP(1)]: 'I' } },
      { id: RA(4), key: 'monitoring-alerting', name: 'Monitoring and alerting', assignments: { [RP(2)]: 'A', [RP(4)]: 'R', [RP(1)]: 'C' } },
      // Deliberately two Accountables: the review flags it (SAMPLE_WORKSHOP_GAPS).
      { id: RA(5), key: 'out-of-hours-incidents', name: 'Out-of-hours incidents', assignments: { [RP(2)]: 'A', [RP(4)]: 'A', [RP(3)]: 'R', [RP(1)]: 'C' } },
      { id: RA(6), key: 'model-prompt-changes', name: 'Model and prompt changes', assignments: { [RP(2)]: 'A', [RP(1)]: 'R', [RP(5)]: 'C', [RP(6)]: 'C', [RP(3)]: 'I' } },
      { id: RA(7), key: 'user-support', name: 'User support', assignments: { [RP(2)]: 'A', [RP(4)]: 'R', [RP(3)]: 'R', [RP(1)]: 'C' } },
      { id: RA(8), key: 'operations-budget', name: 'Operations budget', assignments: { [RP(8)]: 'A', [RP(7)]: 'R', [RP(2)]: 'C' } },
      { id: RA(9), key: 'data-governance', name: 'Data governance', assignments: { [RP(6)]: 'A', [RP(2)]: 'R', [RP(5)]: 'C', [RP(1)]: 'I' } },
      { id: RA(10), key: 'custom', name: 'Onboarding new supplier invoice layouts', assignments: { [RP(2)]: 'A', [RP(1)]: 'R', [RP(3)]: 'C' } },
    ],
  },
  transition: {
    members: [
      { participantId: P(2), side: 'innovation' },
      { participantId: P(1), side: 'innovation' },
      { participantId: P(4), side: 'operations' },
      { participantId: P(5), side: 'operations' },
    ],
    // Deliberately 10 weeks with no reason: the review flags it (SAMPLE_WORKSHOP_GAPS).
    weeks: 10,
    startDate: '2027-03-22',
    lengthReason: '',
    activities: [
      { id: sampleIds.transitionActivity(1), kind: 'pairing', label: 'Pairing on real work', done: false },
      { id: sampleIds.transitionActivity(2), kind: 'runbook-walkthrough', label: 'Runbook walkthrough', done: false },
      { id: sampleIds.transitionActivity(3), kind: 'shadowing-incidents', label: 'Shadowing incidents', done: false },
      { id: sampleIds.transitionActivity(4), kind: 'handover-review', label: 'Handover review', done: false },
      { id: sampleIds.transitionActivity(5), kind: 'custom', label: 'Month-end close rehearsal with the AP team', done: false },
    ],
    exitCriteria: [
      { id: sampleIds.exitCriterion(1), text: 'Two AP senior clerks have each run a full day of exception queues without the ML engineer.', standardId: S(6) },
      { id: sampleIds.exitCriterion(2), text: 'An accuracy alert fired in a rehearsal and the service desk handled it by the runbook.', standardId: S(3) },
      { id: sampleIds.exitCriterion(3), text: 'The fallback switch was rehearsed and the manual procedure was running within the hour.', standardId: S(4) },
      { id: sampleIds.exitCriterion(4), text: 'Penetration test passed with no high findings.', standardId: S(1) },
      { id: sampleIds.exitCriterion(5), text: 'Running cost of the last four weeks within 10% of the forecast.', standardId: S(7) },
      { id: sampleIds.exitCriterion(6), text: 'Priya Raman signs the handover.', standardId: null },
    ],
    weekPlan: [
      { id: sampleIds.weekPlanRow(1), week: 1, focus: 'Set up production environment; AP seniors pair with Tom on the live queues.' },
      { id: sampleIds.weekPlanRow(2), week: 2, focus: 'Runbook walkthrough on the live system; fix gaps the same week.' },
      { id: sampleIds.weekPlanRow(3), week: 3, focus: 'Monitoring dashboard and alerts live; first alert rehearsal with the service desk.' },
      { id: sampleIds.weekPlanRow(4), week: 4, focus: 'Penetration test; data-flow sign-off.' },
      { id: sampleIds.weekPlanRow(5), week: 5, focus: 'Month-end close rehearsal with the full AP team.' },
      { id: sampleIds.weekPlanRow(6), week: 6, focus: 'Operators drive, builders shadow; incidents handled by the service desk.' },
      { id: sampleIds.weekPlanRow(7), week: 7, focus: 'Fallback rehearsal; second region (Antwerp) switched on.' },
      { id: sampleIds.weekPlanRow(8), week: 8, focus: 'Cost review against forecast with FP&A.' },
      { id: sampleIds.weekPlanRow(9), week: 9, focus: 'Builders step back; AP runs everything alone.' },
      { id: sampleIds.weekPlanRow(10), week: 10, focus: 'Handover review against the exit criteria; sign-off.' },
    ],
  },
  pilot: {
    hypotheses: [
      {
        id: sampleIds.hypothesis(1),
        statement: 'On a full month of real invoices, month-end included, at least 95% land in the right queue.',
        tests: [
          { kind: 'standard', refId: S(3) },
          { kind: 'risk', refId: K(3) },
        ],
        successCriteria: '95% or better correct routing in a blind review of 500 invoices by two AP clerks.',
        stopCriteria: 'Below 85% after two weeks of tuning.',
        result: unmeasuredResult(),
      },
      {
        id: sampleIds.hypothesis(2),
        statement: 'The AP team can run the exception queues and the daily accuracy check without the innovation team.',
        tests: [
          { kind: 'operating-model', refId: null },
          { kind: 'standard', refId: S(6) },
          { kind: 'risk', refId: K(1) },
        ],
        successCriteria: 'AP seniors handle every exception in the last two pilot weeks, with no routine escalation to the ML engineer.',
        stopCriteria: 'More than five routine escalations a week in the last fortnight.',
        result: unmeasuredResult(),
      },
      {
        id: sampleIds.hypothesis(3),
        statement: 'Running cost stays under €0.06 per invoice at month-end peak.',
        tests: [
          { kind: 'cost', refId: null },
          { kind: 'standard', refId: S(7) },
          { kind: 'risk', refId: K(2) },
        ],
        successCriteria: 'Measured cost of €0.06 per invoice or less over a month-end week.',
        stopCriteria: 'Above €0.12 per invoice with no clear fix.',
        result: unmeasuredResult(),
      },
      {
        id: sampleIds.hypothesis(4),
        statement: 'Falling back to manual takes under an hour and loses nothing.',
        tests: [
          { kind: 'standard', refId: S(4) },
          { kind: 'risk', refId: K(5) },
        ],
        successCriteria: 'In an unannounced drill, the manual queue is running within 60 minutes and every invoice is accounted for.',
        stopCriteria: 'Any invoice lost in the drill.',
        result: unmeasuredResult(),
      },
    ],
    data: {
      volume: 'Every invoice for two business units, about 600 a day (a third of group volume), including month-end.',
      messyFormats: true,
      missingFields: true,
      edgeCases: true,
      curatedOnly: false,
      notes:
        'Includes the scanned paper invoices from the Antwerp depot and Polish-language credit notes. ' +
        'Bank details are masked before anything leaves the ERP.',
    },
    lengthWeeks: 8,
    budgetCents: 4_500_000,
    goNoGoDate: '2027-03-12',
    deciderParticipantId: P(3),
    decision: { outcome: null, decidedOn: null, rationale: '' },
  },
  room: sampleRoom,
  acceptedFindings: [],
  // The plan's history: the first workshop ended (its baseline is SAMPLE_BASELINE, stored as a
  // 'session-end' version when the sample opens) and the follow-up three weeks later is running.
  sessions: [
    {
      id: sampleIds.session(1),
      kind: 'workshop',
      label: 'Workshop',
      date: '2026-11-05',
      startTime: '09:00',
      endTime: '12:10',
      presentParticipantIds: [P(1), P(2), P(3), P(4), P(5), P(6), P(7), P(8), P(9)],
      endedAt: SAMPLE_FIRST_SESSION_ENDED_AT,
      baselineVersionId: SAMPLE_BASELINE_VERSION_ID,
    },
    {
      id: sampleIds.session(2),
      kind: 'follow-up',
      label: 'Follow-up 1',
      date: '2026-11-26',
      startTime: '10:00',
      endTime: null,
      presentParticipantIds: [P(1), P(3), P(4), P(7), P(8)],
      endedAt: null,
      baselineVersionId: null,
    },
  ],
  // The score and verdict of SAMPLE_BASELINE (a test checks they are what the review says of it).
  readinessTrend: [
    {
      id: sampleIds.trendPoint(1),
      at: SAMPLE_FIRST_SESSION_ENDED_AT,
      label: 'Workshop',
      sessionId: sampleIds.session(1),
      gate: 'pilot',
      score: TREND_SCORE,
      verdict: TREND_VERDICT,
      reason: TREND_REASON,
    },
  ],
};
