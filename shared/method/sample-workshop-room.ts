import type { Room } from '../domain/room';
import { sampleIds } from './sample-workshop-ids';

const P = sampleIds.participant;
const N = sampleIds.note;
const block = sampleIds.agendaBlock;
const minutes = (n: number) => n * 60_000;

/** The sample's room material: what the walls and the facilitator's laptop held at the end of the day. */
export const sampleRoom: Room = {
  notes: [
    // Pre-mortem, end-state stage: "a year from now this quietly died; why?"
    { id: N(1), stageId: 'end-state', text: 'Clerks never trusted it and kept their spreadsheets', authorParticipantId: P(4), groupId: sampleIds.noteGroup(1), createdAt: '2026-11-05T09:02:00.000Z' },
    { id: N(2), stageId: 'end-state', text: 'Month-end volume made the model bill explode', authorParticipantId: P(8), groupId: sampleIds.noteGroup(2), createdAt: '2026-11-05T09:03:00.000Z' },
    { id: N(3), stageId: 'end-state', text: 'A carrier changed its invoice layout and nobody noticed for weeks', authorParticipantId: P(2), groupId: null, createdAt: '2026-11-05T09:03:30.000Z' },
    { id: N(4), stageId: 'end-state', text: 'Bank details sent to a model outside the EU', authorParticipantId: P(6), groupId: null, createdAt: '2026-11-05T09:04:00.000Z' },
    { id: N(5), stageId: 'end-state', text: 'Down during quarter close and no one knew who to call', authorParticipantId: P(5), groupId: null, createdAt: '2026-11-05T09:04:30.000Z' },
    { id: N(6), stageId: 'end-state', text: 'ERP upgrade broke the PO interface', authorParticipantId: P(7), groupId: null, createdAt: '2026-11-05T09:05:00.000Z' },
    { id: N(7), stageId: 'end-state', text: 'Budget holders ignored the exception queue', authorParticipantId: P(9), groupId: sampleIds.noteGroup(1), createdAt: '2026-11-05T09:05:30.000Z' },
    { id: N(8), stageId: 'end-state', text: 'Licence for the OCR engine was not renewed', authorParticipantId: P(8), groupId: sampleIds.noteGroup(2), createdAt: '2026-11-05T09:06:00.000Z' },
    // Who runs it
    { id: N(9), stageId: 'operating-model', text: 'Service desk can flip to manual, but must not touch prompts', authorParticipantId: P(5), groupId: null, createdAt: '2026-11-05T09:31:00.000Z' },
    { id: N(10), stageId: 'operating-model', text: 'Priya owns it: AP feels the pain when it breaks', authorParticipantId: P(9), groupId: null, createdAt: '2026-11-05T09:35:00.000Z' },
    // Standards
    { id: N(11), stageId: 'standards', text: 'Duplicate payments are the one thing audit will ask about', authorParticipantId: P(9), groupId: null, createdAt: '2026-11-05T10:08:00.000Z' },
    { id: N(12), stageId: 'standards', text: 'Who writes the runbook? Not decided', authorParticipantId: P(4), groupId: null, createdAt: '2026-11-05T10:15:00.000Z' },
    // Cost
    { id: N(13), stageId: 'cost', text: 'Transition at almost 3x the prototype felt high until we listed the work', authorParticipantId: P(8), groupId: null, createdAt: '2026-11-05T10:31:00.000Z' },
    // Pilot
    { id: N(14), stageId: 'pilot', text: 'Use Antwerp scans on purpose: they are the worst we have', authorParticipantId: P(4), groupId: null, createdAt: '2026-11-05T11:12:00.000Z' },
  ],
  noteGroups: [
    { id: sampleIds.noteGroup(1), stageId: 'end-state', label: 'People and adoption' },
    { id: sampleIds.noteGroup(2), stageId: 'end-state', label: 'Cost and licences' },
  ],
  votes: {
    sessions: [
      {
        id: sampleIds.voteSession(1),
        stageId: 'end-state',
        budgetPerPerson: 3,
        status: 'revealed',
        // Nine people present, three dots each. Results: N1 7, N3 6, N2 5, N5 4, N6 3, N4 2.
        ballots: {
          [P(1)]: { [N(3)]: 2, [N(1)]: 1 },
          [P(2)]: { [N(3)]: 1, [N(6)]: 1, [N(2)]: 1 },
          [P(3)]: { [N(1)]: 2, [N(5)]: 1 },
          [P(4)]: { [N(1)]: 2, [N(3)]: 1 },
          [P(5)]: { [N(5)]: 2, [N(6)]: 1 },
          [P(6)]: { [N(4)]: 2, [N(3)]: 1 },
          [P(7)]: { [N(6)]: 1, [N(2)]: 1, [N(3)]: 1 },
          [P(8)]: { [N(2)]: 2, [N(1)]: 1 },
          [P(9)]: { [N(2)]: 1, [N(1)]: 1, [N(5)]: 1 },
        },
        createdAt: '2026-11-05T09:10:00.000Z',
      },
    ],
  },
  parkingLot: [
    { id: sampleIds.parkingLot(1), text: 'Could the same assistant handle customer billing disputes later?', stageId: 'end-state', resolved: false },
    { id: sampleIds.parkingLot(2), text: 'OCR engine licence renews in March: check the terms before the pilot.', stageId: 'cost', resolved: false },
    { id: sampleIds.parkingLot(3), text: 'Who owns supplier master-data quality?', stageId: 'standards', resolved: true },
  ],
  decisions: [
    { id: sampleIds.decision(1), text: 'Priya Raman is the operational owner and confirmed it in the room.', stageId: 'operating-model', decidedOn: '2026-11-05' },
    { id: sampleIds.decision(2), text: 'The pilot runs on real invoices from two business units, not a curated set.', stageId: 'pilot', decidedOn: '2026-11-05' },
    { id: sampleIds.decision(3), text: 'The model is hosted in the EU region only; supplier bank details never leave the ERP.', stageId: 'standards', decidedOn: '2026-11-05' },
    { id: sampleIds.decision(4), text: 'At night the service desk falls back to manual; nobody changes the model out of hours.', stageId: 'operating-model', decidedOn: '2026-11-26' },
  ],
  actions: [
    { id: sampleIds.action(1), text: 'Name an owner for the documentation standard.', ownerParticipantId: P(3), ownerName: 'Priya Raman', due: '2026-12-04', status: 'open', statusHistory: [{ status: 'open', on: '2026-11-05' }] },
    { id: sampleIds.action(2), text: 'Ask the ERP programme when the PO interface changes, and add an answer to that risk.', ownerParticipantId: P(7), ownerName: 'Daniel Kim', due: '2026-12-11', status: 'open', statusHistory: [{ status: 'open', on: '2026-11-05' }] },
    { id: sampleIds.action(3), text: 'Give the reason the transition needs 10 weeks, or plan it in 8.', ownerParticipantId: P(1), ownerName: 'Maria Jensen', due: '2026-12-04', status: 'open', statusHistory: [{ status: 'open', on: '2026-11-05' }] },
    { id: sampleIds.action(4), text: 'Settle who is Accountable for out-of-hours incidents: Priya or the service desk.', ownerParticipantId: P(3), ownerName: 'Priya Raman', due: '2026-12-04', status: 'in-progress', statusHistory: [{ status: 'open', on: '2026-11-05' }, { status: 'in-progress', on: '2026-11-12' }] },
    { id: sampleIds.action(5), text: 'Get FP&A approval for the FY27 running-cost forecast.', ownerParticipantId: P(8), ownerName: 'Sofia Marques', due: '2027-01-15', status: 'open', statusHistory: [{ status: 'open', on: '2026-11-05' }] },
    { id: sampleIds.action(6), text: 'Walk Claire Dubois (compliance) through the DPIA; she missed the session.', ownerParticipantId: P(7), ownerName: 'Daniel Kim', due: '2026-12-02', status: 'done', statusHistory: [{ status: 'open', on: '2026-11-05' }, { status: 'done', on: '2026-11-20' }] },
  ],
  facilitatorNotes: {
    setup: 'Claire (compliance) sent apologies. Make sure she sees the DPIA before the pilot.',
    'operating-model': 'Priya paused before saying yes. Check in with her one to one next week.',
    cost: 'Henrik pushed back on the transition figure; the 3x reference settled it.',
  },
  agenda: {
    blocks: [
      { id: block(1), kind: 'stage', stageId: 'setup', minutes: 10, spentMs: minutes(12) },
      { id: block(2), kind: 'stage', stageId: 'end-state', minutes: 25, spentMs: minutes(28) },
      { id: block(3), kind: 'stage', stageId: 'operating-model', minutes: 25, spentMs: minutes(24) },
      { id: block(4), kind: 'break', stageId: null, minutes: 10, spentMs: minutes(10) },
      { id: block(5), kind: 'stage', stageId: 'standards', minutes: 25, spentMs: minutes(27) },
      { id: block(6), kind: 'stage', stageId: 'cost', minutes: 20, spentMs: minutes(18) },
      { id: block(7), kind: 'stage', stageId: 'ownership', minutes: 15, spentMs: minutes(16) },
      { id: block(8), kind: 'break', stageId: null, minutes: 10, spentMs: minutes(8) },
      { id: block(9), kind: 'stage', stageId: 'transition', minutes: 15, spentMs: minutes(13) },
      { id: block(10), kind: 'stage', stageId: 'pilot', minutes: 15, spentMs: minutes(15) },
      { id: block(11), kind: 'stage', stageId: 'review', minutes: 10, spentMs: minutes(9) },
    ],
    startedAt: '2026-11-05T08:30:00.000Z',
  },
  timer: { stageId: 'review', durationMs: minutes(10), startedAt: null, elapsedBeforeMs: minutes(9) },
  openQuestions: [
    { id: sampleIds.openQuestion(1), text: 'Does the ERP upgrade land before or after go-live?' },
    { id: sampleIds.openQuestion(2), text: 'Can the Antwerp depot stop accepting paper invoices by mid-2027?' },
  ],
};
