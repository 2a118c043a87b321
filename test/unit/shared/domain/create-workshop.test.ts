import { describe, expect, it } from 'vitest';
import { createWorkshop, CURRENT_SCHEMA_VERSION, WorkshopSchema } from '../../../../shared/domain';
import {
  AGENDA_TEMPLATES,
  DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES,
  DEFAULT_RACI_ACTIVITIES,
  DEFAULT_RACI_PARTY_TEAMS,
  DEFAULT_STANDARD_KEYS,
  TEMPLATE_IDS,
} from '../../../../shared/method';

function idCounter() {
  let n = 0;
  const issued: string[] = [];
  const newId = () => {
    const id = `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
    issued.push(id);
    return id;
  };
  return { newId, issued };
}

const WORKSHOP_ID = '11111111-1111-4111-8111-111111111111';
const NOW = '2026-11-26T08:30:00.000Z';

describe('createWorkshop', () => {
  it.each(TEMPLATE_IDS)('makes a valid, empty %s workshop', (template) => {
    const { newId } = idCounter();
    const workshop = createWorkshop({ id: WORKSHOP_ID, now: NOW, template, title: 'Claims triage', newId });
    expect(WorkshopSchema.parse(workshop)).toEqual(workshop);
    expect(workshop).toMatchObject({
      id: WORKSHOP_ID,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
      meta: { title: 'Claims triage', template, currentStage: 'setup', date: '2026-11-26' },
      participants: [],
      preMortemRisks: [],
    });
  });

  it('puts the seven default standards on the table, in the method order, not yet discussed', () => {
    const workshop = createWorkshop({ id: WORKSHOP_ID, now: NOW, template: 'full', title: '', newId: idCounter().newId });
    expect(workshop.standards.map((s) => s.key)).toEqual([...DEFAULT_STANDARD_KEYS]);
    expect(workshop.standards.every((s) => s.applies && s.status === 'not-discussed' && s.owner === '')).toBe(true);
  });

  it('pre-fills the default RACI activities with empty rows and the team columns', () => {
    const workshop = createWorkshop({ id: WORKSHOP_ID, now: NOW, template: 'full', title: '', newId: idCounter().newId });
    expect(workshop.raci.activities.map((a) => a.name)).toEqual(DEFAULT_RACI_ACTIVITIES.map((a) => a.name));
    expect(workshop.raci.activities.every((a) => Object.keys(a.assignments).length === 0)).toBe(true);
    expect(workshop.raci.parties.map((p) => p.team)).toEqual([...DEFAULT_RACI_PARTY_TEAMS]);
  });

  it('pre-fills the knowledge-transfer activities, none done', () => {
    const workshop = createWorkshop({ id: WORKSHOP_ID, now: NOW, template: 'express', title: '', newId: idCounter().newId });
    expect(workshop.transition.activities.map((a) => a.kind)).toEqual(DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES.map((a) => a.kind));
    expect(workshop.transition.activities.some((a) => a.done)).toBe(false);
  });

  it.each(TEMPLATE_IDS)('lays out the %s agenda from its template, nothing spent yet', (template) => {
    const workshop = createWorkshop({ id: WORKSHOP_ID, now: NOW, template, title: '', newId: idCounter().newId });
    expect(workshop.room.agenda.blocks.map(({ kind, stageId, minutes }) => ({ kind, stageId, minutes }))).toEqual(
      AGENDA_TEMPLATES[template].blocks,
    );
    expect(workshop.room.agenda.blocks.every((b) => b.spentMs === 0)).toBe(true);
    expect(workshop.room.timer.startedAt).toBeNull();
  });

  it('takes every inner id from newId, each used once', () => {
    const { newId, issued } = idCounter();
    const workshop = createWorkshop({ id: WORKSHOP_ID, now: NOW, template: 'full', title: '', newId });
    const json = JSON.stringify(workshop);
    expect(issued.length).toBeGreaterThan(0);
    for (const id of issued) expect(json.split(id).length - 1).toBe(1);
  });

  it('uses the given date, currency and facilitator instead of the defaults', () => {
    const workshop = createWorkshop({
      id: WORKSHOP_ID,
      now: '2026-11-26T23:30:00.000Z',
      template: 'full',
      title: '',
      newId: idCounter().newId,
      date: '2026-11-27',
      currency: 'GBP',
      facilitator: 'Jo Whitfield',
    });
    expect(workshop.meta.date).toBe('2026-11-27');
    expect(workshop.cost.currency).toBe('GBP');
    expect(workshop.meta.facilitator).toBe('Jo Whitfield');
  });
});
