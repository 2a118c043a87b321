import type { Participant } from '../../shared/domain/participants';
import type { Note } from '../../shared/domain/room';
import type { Workshop } from '../../shared/domain/workshop';
import { testId, testWorkshop } from './seed';

/** Must never reach the projector: it sits in the facilitator's private notes of every stage. */
export const PRIVATE_MARKER = 'FACILITATOR-ONLY-c81e';

const NOTE_TEXTS: ReadonlyArray<readonly [string, 'risks' | 'owners' | null, number]> = [
  ['Nobody on call at night for the document feed', 'risks', 2],
  ['Model drift after the supplier changes invoice layout', 'risks', 0],
  ['Finance never signed off the running costs', 'risks', 1],
  ['Scanned PDFs at 150 dpi break the extraction', 'risks', 3],
  ['AP operations runs it day to day', 'owners', 1],
  ['Service desk takes first-line calls, 8–18 on weekdays', 'owners', 0],
  ['Model changes approved by the AP change board', 'owners', 2],
  ['What happens to the 5% the model cannot read?', null, 1],
  ['Turnaround within one working day, as today', null, 3],
  ['Volumes double at quarter end', null, 2],
];

/**
 * A workshop in stage 1 with a small room: ten notes in two groups and loose ones, a revealed
 * vote, a timer of ten minutes with `remainingMs` left, and facilitator notes carrying PRIVATE_MARKER.
 */
export function presentedWorkshop(remainingMs: number, nowMs = Date.now()): Workshop {
  const workshop = testWorkshop('Invoice triage pilot', { currentStage: 'end-state' });
  const person = (name: string, team: Participant['team']): Participant => ({ id: testId(), name, role: '', team, present: true });
  workshop.participants = [person('Maria Jensen', 'innovation'), person('Priya Raman', 'operations'), person('Lena Vos', 'finance')];
  const groups = { risks: testId(), owners: testId() };
  workshop.room.noteGroups = [
    { id: groups.risks, stageId: 'end-state', label: 'Why it could quietly die' },
    { id: groups.owners, stageId: 'end-state', label: 'Who runs it' },
  ];
  workshop.room.notes = NOTE_TEXTS.map(
    ([text, group, author], index): Note => ({
      id: testId(),
      stageId: 'end-state',
      text,
      authorParticipantId: workshop.participants[author]?.id ?? null,
      groupId: group === null ? null : groups[group],
      createdAt: `2026-11-26T09:${String(10 + index).padStart(2, '0')}:00.000Z`,
    }),
  );
  // A revealed round: the 5% question got three dots, the AP owner one.
  const dots = (text: string) => workshop.room.notes.find((note) => note.text.startsWith(text))!.id;
  const [maria, priya] = workshop.participants;
  workshop.room.votes.sessions = [
    {
      id: testId(),
      stageId: 'end-state',
      budgetPerPerson: 3,
      status: 'revealed',
      ballots: { [maria!.id]: { [dots('What happens')]: 2 }, [priya!.id]: { [dots('What happens')]: 1, [dots('AP operations')]: 1 } },
      createdAt: '2026-11-26T09:30:00.000Z',
    },
  ];
  const durationMs = 10 * 60_000;
  workshop.room.timer = { stageId: 'end-state', durationMs, startedAt: nowMs - (durationMs - remainingMs), elapsedBeforeMs: 0 };
  workshop.room.facilitatorNotes = { 'end-state': `Ask Priya first. ${PRIVATE_MARKER}`, 'operating-model': PRIVATE_MARKER };
  return workshop;
}
