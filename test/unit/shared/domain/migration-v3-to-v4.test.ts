import { describe, expect, it } from 'vitest';
import { admitWorkshop, APP_RECORD_VERSIONING, type Workshop } from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';

/** The sample as record version 3 wrote it: today's shape without what version 4 added. */
// Loosely typed on purpose: this builds an old record shape that today's types do not describe.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OldRecord = Record<string, any>;

function sampleAtVersion3(change: (w: OldRecord) => void = () => {}): Record<string, unknown> {
  const w = structuredClone(SAMPLE_WORKSHOP) as unknown as OldRecord;
  w.schemaVersion = 3;
  delete w.sessions;
  delete w.readinessTrend;
  delete w.meta.phase;
  delete w.pilot.decision;
  for (const h of w.pilot.hypotheses) delete h.result;
  for (const a of w.room.actions) delete a.statusHistory;
  for (const s of w.standards) {
    delete s.metOn;
    delete s.waivedReason;
  }
  change(w);
  return w;
}

function admit(raw: unknown): Workshop {
  const result = admitWorkshop(raw, APP_RECORD_VERSIONING);
  if (!result.ok) throw new Error(result.problem.message);
  return result.workshop;
}

describe('record version 3 → 4: sessions and what happens after the workshop', () => {
  it('makes the workshop day the first, still running session, with the people marked present', () => {
    const upgraded = admit(sampleAtVersion3());
    expect(upgraded.sessions).toEqual([
      {
        id: expect.any(String),
        kind: 'workshop',
        label: 'Workshop',
        date: SAMPLE_WORKSHOP.meta.date,
        startTime: null,
        endTime: null,
        presentParticipantIds: SAMPLE_WORKSHOP.participants.filter((p) => p.present).map((p) => p.id),
        endedAt: null,
        baselineVersionId: null,
      },
    ]);
    expect(upgraded.meta.phase).toBe('planning');
    expect(upgraded.readinessTrend).toEqual([]);
  });

  it('keeps every other field as it was', () => {
    const upgraded = admit(sampleAtVersion3());
    // Sessions and the trend are what the step adds (tested above); the sample has a history.
    const { sessions: _s, readinessTrend: _t, ...rest } = upgraded;
    const { sessions: _e, readinessTrend: _et, ...expected } = SAMPLE_WORKSHOP;
    expect({ ...rest, room: { ...rest.room, actions: rest.room.actions.map((a) => a.id) } }).toEqual({
      ...expected,
      room: { ...expected.room, actions: expected.room.actions.map((a) => a.id) },
    });
  });

  it.each([
    { from: 'evidenced', to: 'met' },
    { from: 'agreed', to: 'agreed' },
    { from: 'not-discussed', to: 'not-discussed' },
    { from: 'defined', to: 'defined' },
  ])('a standard that was $from becomes $to, with no met date and no waiver reason', ({ from, to }) => {
    const upgraded = admit(sampleAtVersion3((w) => void (w.standards[0].status = from)));
    expect(upgraded.standards[0]).toMatchObject({ status: to, metOn: null, waivedReason: '' });
  });

  it('gives every action an empty history and every hypothesis an unmeasured result; the pilot is undecided', () => {
    const upgraded = admit(sampleAtVersion3());
    expect(upgraded.room.actions.every((action) => action.statusHistory.length === 0)).toBe(true);
    expect(upgraded.pilot.hypotheses.map((h) => h.result)).toEqual(
      SAMPLE_WORKSHOP.pilot.hypotheses.map(() => ({ outcome: 'not-measured', figure: '', evidence: '', measuredOn: null })),
    );
    expect(upgraded.pilot.decision).toEqual({ outcome: null, decidedOn: null, rationale: '' });
  });

  it('copes with no participants at all', () => {
    const upgraded = admit(sampleAtVersion3((w) => void (w.participants = [])));
    expect(upgraded.sessions[0]?.presentParticipantIds).toEqual([]);
  });
});
