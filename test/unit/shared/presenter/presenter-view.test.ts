import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../../shared/domain/create-workshop';
import type { Note, StageTimer, VoteSession } from '../../../../shared/domain/room';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { StageId } from '../../../../shared/method/stages';
import { buildPresenterView, presenterKicker, TIMER_CUES } from '../../../../shared/presenter/presenter-view';
import { STAGES } from '../../../../shared/method/stages';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';
import { assessReadiness, explainVerdict } from '../../../../shared/readiness';

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

const MARIA = newId();
const PRIYA = newId();
const RISKS = newId();
const OWNERS = newId();

function workshopAt(stage: StageId, change: (workshop: Workshop) => void = () => {}): Workshop {
  const workshop = createWorkshop({ id: newId(), now: '2026-11-26T09:00:00.000Z', template: 'full', title: 'Claims', newId });
  workshop.meta.currentStage = stage;
  workshop.participants = [
    { id: MARIA, name: 'Maria', role: '', team: 'innovation', present: true },
    { id: PRIYA, name: 'Priya', role: '', team: 'operations', present: true },
  ];
  workshop.room.noteGroups = [
    { id: RISKS, stageId: 'end-state', label: 'Risks' },
    { id: OWNERS, stageId: 'end-state', label: '  ' },
    { id: newId(), stageId: 'cost', label: 'Elsewhere' },
  ];
  change(workshop);
  return workshop;
}

function note(text: string, minute: number, fields: Partial<Note> = {}): Note {
  return {
    id: newId(),
    stageId: 'end-state',
    text,
    authorParticipantId: null,
    groupId: null,
    createdAt: `2026-11-26T09:${String(minute).padStart(2, '0')}:00.000Z`,
    ...fields,
  };
}

const timer = (fields: Partial<StageTimer>): StageTimer => ({ stageId: null, durationMs: 0, startedAt: null, elapsedBeforeMs: 0, ...fields });

describe('presenterKicker', () => {
  it.each([
    ['setup', 'Before we start · Setup'],
    ['operating-model', 'Stage 2 of 8 · Who runs it'],
    ['review', 'Stage 8 of 8 · Review'],
  ] as const)('reads %s as "%s", numbered like the stage rail', (id, expected) => {
    expect(presenterKicker(STAGES.find((stage) => stage.id === id)!)).toBe(expected);
  });
});

describe('buildPresenterView', () => {
  it('shows the current stage and its question', () => {
    const view = buildPresenterView(workshopAt('operating-model'));
    expect(view.stageId).toBe('operating-model');
    expect(view.question).toBe('When this works, who runs it?');
    expect(view.columns).toEqual([]);
    expect(view.noteCount).toBe(0);
  });

  it('puts notes under their groups in the facilitator’s order, newest first, then the ungrouped ones', () => {
    const old = note('Old risk', 1, { groupId: RISKS, authorParticipantId: MARIA });
    const fresh = note('New risk', 5, { groupId: RISKS, authorParticipantId: PRIYA });
    const owner = note('Ops owns it', 3, { groupId: OWNERS });
    const loose = note('Loose thought', 2);
    const strayGroup = note('Group of another stage', 4, { groupId: newId() });
    const view = buildPresenterView(
      workshopAt('end-state', (workshop) => {
        workshop.room.notes = [old, fresh, owner, loose, strayGroup, note('Cost note', 6, { stageId: 'cost' })];
      }),
    );
    expect(view.columns.map((column) => [column.label, column.notes.map((card) => card.text)])).toEqual([
      ['Risks', ['New risk', 'Old risk']],
      ['Unnamed group', ['Ops owns it']],
      ['Not grouped yet', ['Group of another stage', 'Loose thought']],
    ]);
    expect(view.columns[0]!.notes.map((card) => card.team)).toEqual(['operations', 'innovation']);
    expect(view.noteCount).toBe(5);
  });

  it.each([
    ['no groups at all', [] as string[], 'Notes'],
    ['groups exist for the stage', [RISKS], 'Not grouped yet'],
  ])('labels the loose notes by whether %s', (_case, keep, label) => {
    const view = buildPresenterView(
      workshopAt('end-state', (workshop) => {
        workshop.room.noteGroups = workshop.room.noteGroups.filter((group) => keep.includes(group.id));
        workshop.room.notes = [note('Loose', 1)];
      }),
    );
    expect(view.columns.map((column) => column.label)).toEqual([label]);
  });

  it('leaves out notes still empty and notes of unknown authors keep the room colour', () => {
    const view = buildPresenterView(
      workshopAt('end-state', (workshop) => {
        workshop.room.notes = [note('   ', 1), note('By a stranger', 2, { authorParticipantId: newId() })];
      }),
    );
    expect(view.columns.flatMap((column) => column.notes.map((card) => [card.text, card.team]))).toEqual([['By a stranger', null]]);
    expect(view.noteCount).toBe(1);
  });

  describe('vote totals', () => {
    const a = note('A', 1);
    const b = note('B', 2);
    const session = (status: VoteSession['status'], minute: number, stageId: StageId = 'end-state'): VoteSession => ({
      id: newId(),
      stageId,
      budgetPerPerson: 3,
      status,
      ballots: { [MARIA]: { [a.id]: 2, [b.id]: 1 }, [PRIYA]: { [a.id]: 1 } },
      createdAt: `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`,
    });
    const votesShown = (sessions: VoteSession[]) => {
      const view = buildPresenterView(
        workshopAt('end-state', (workshop) => {
          workshop.room.notes = [a, b];
          workshop.room.votes.sessions = sessions;
        }),
      );
      return { isShowingVotes: view.isShowingVotes, votes: view.columns.flatMap((column) => column.notes.map((card) => card.votes)) };
    };

    it('ranks by dots once revealed, newest first among equals', () => {
      const c = note('C', 3);
      const d = note('D', 4);
      const view = buildPresenterView(
        workshopAt('end-state', (workshop) => {
          workshop.room.notes = [a, b, c, d];
          workshop.room.votes.sessions = [{ ...session('revealed', 1), ballots: { [MARIA]: { [b.id]: 2, [a.id]: 2, [c.id]: 0 } } }];
        }),
      );
      expect(view.columns[0]!.notes.map((card) => [card.text, card.votes])).toEqual([
        ['B', 2],
        ['A', 2],
        ['D', 0],
        ['C', 0],
      ]);
    });

    it.each([
      ['no session', [], { isShowingVotes: false, votes: [null, null] }],
      ['an open session', [session('open', 1)], { isShowingVotes: false, votes: [null, null] }],
      ['a revealed session', [session('revealed', 1)], { isShowingVotes: true, votes: [3, 1] }],
      ['a revealed session of another stage', [session('revealed', 1, 'cost')], { isShowingVotes: false, votes: [null, null] }],
      ['a revealed round followed by an open one', [session('revealed', 1), session('open', 2)], { isShowingVotes: false, votes: [null, null] }],
      ['an open round followed by a revealed one', [session('open', 1), session('revealed', 2)], { isShowingVotes: true, votes: [3, 1] }],
    ])('with %s', (_case, sessions, expected) => {
      expect(votesShown(sessions)).toEqual(expected);
    });
  });

  // The wall shows what the facilitator's bar shows: the stored timer when it times this stage,
  // otherwise this stage's fresh box from the agenda (End state: 25 minutes in the Full template).
  const freshBox = timer({ stageId: 'end-state', durationMs: 25 * 60_000 });
  it.each([
    ['nothing stored yet', timer({}), freshBox],
    ['a time box for this stage', timer({ stageId: 'end-state', durationMs: 600_000 }), 'stored'],
    ['a time box for no stage in particular', timer({ durationMs: 600_000 }), freshBox],
    ['a paused time box', timer({ stageId: 'end-state', durationMs: 600_000, elapsedBeforeMs: 60_000 }), 'stored'],
    ['a time box of another stage', timer({ stageId: 'cost', durationMs: 600_000, startedAt: 1 }), freshBox],
    ['a run of this stage without a box (it would read as overtime)', timer({ stageId: 'end-state', startedAt: 1, elapsedBeforeMs: 5000 }), null],
  ])('shows the timer with %s: %s', (_case, stored, expected) => {
    const view = buildPresenterView(workshopAt('end-state', (workshop) => void (workshop.room.timer = stored)));
    expect(view.timer).toEqual(expected === 'stored' ? stored : expected);
  });

  it('shows no timer for a stage the agenda gives no time', () => {
    const view = buildPresenterView(
      workshopAt('end-state', (workshop) => {
        workshop.room.agenda.blocks = workshop.room.agenda.blocks.filter((block) => block.stageId !== 'end-state');
      }),
    );
    expect(view.timer).toBeNull();
  });

  it('never carries the facilitator’s private notes', () => {
    const marker = 'PRIVATE-MARKER-7f3a';
    const view = buildPresenterView(
      workshopAt('end-state', (workshop) => {
        workshop.room.facilitatorNotes = { 'end-state': marker, setup: marker };
        workshop.room.notes = [note('Visible', 1)];
      }),
    );
    expect(JSON.stringify(view)).not.toContain(marker);
  });

  it('gives every timer tone a word, so the state never rests on colour alone', () => {
    expect(Object.values(TIMER_CUES).every((cue) => cue.length > 0)).toBe(true);
    expect(TIMER_CUES.overtime).toBe('Overtime');
  });

  it('shows the verdict and its one-sentence reason on the review stage only', () => {
    const review = workshopAt('review');
    const report = assessReadiness(review);
    expect(buildPresenterView(review).verdict).toEqual({ verdict: report.verdict, label: report.verdictLabel, reason: explainVerdict(report) });
    expect(buildPresenterView(review).verdict?.reason).toMatch(/^Do not start: /);
    expect(buildPresenterView(SAMPLE_WORKSHOP).verdict?.reason).toBe(explainVerdict(assessReadiness(SAMPLE_WORKSHOP)));
    for (const stage of STAGES.filter((s) => s.id !== 'review')) expect(buildPresenterView(workshopAt(stage.id)).verdict, stage.id).toBeNull();
  });
});
