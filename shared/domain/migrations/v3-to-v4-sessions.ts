import type { WorkshopMigration } from '../migrations';
import { objectAt, randomUuid, type Loose } from './random-uuid';

const listAt = (parent: Loose, key: string): Loose[] =>
  Array.isArray(parent[key]) ? (parent[key] as unknown[]).filter((item): item is Loose => typeof item === 'object' && item !== null) : [];

/**
 * Schema version 3 → 4: the plan lives on after its first workshop.
 *
 * - The workshop day becomes the first session ("Workshop", on meta.date, with the participants
 *   marked present), still running: it has no baseline until the room ends it.
 * - The plan starts in the "planning" phase with an empty readiness trend.
 * - Every action gains an empty status history (no dates were recorded before).
 * - Every hypothesis gains an unmeasured result; the pilot an undecided go/no-go.
 * - Standards: 'evidenced' becomes 'met' (with no date: the readiness rules then ask for one);
 *   every standard gains no met date and an empty waiver reason.
 * Nothing else changes.
 */
export const sessions: WorkshopMigration = {
  upgrade(workshop) {
    const meta = objectAt(workshop, 'meta');
    meta['phase'] ??= 'planning';
    const present = listAt(workshop, 'participants')
      .filter((participant) => participant['present'] === true)
      .map((participant) => participant['id']);
    workshop['sessions'] ??= [
      {
        id: randomUuid(),
        kind: 'workshop',
        label: 'Workshop',
        date: meta['date'],
        startTime: null,
        endTime: null,
        presentParticipantIds: present,
        endedAt: null,
        baselineVersionId: null,
      },
    ];
    workshop['readinessTrend'] ??= [];

    for (const action of listAt(objectAt(workshop, 'room'), 'actions')) action['statusHistory'] ??= [];

    const pilot = objectAt(workshop, 'pilot');
    for (const hypothesis of listAt(pilot, 'hypotheses')) {
      hypothesis['result'] ??= { outcome: 'not-measured', figure: '', evidence: '', measuredOn: null };
    }
    pilot['decision'] ??= { outcome: null, decidedOn: null, rationale: '' };

    for (const standard of listAt(workshop, 'standards')) {
      if (standard['status'] === 'evidenced') standard['status'] = 'met';
      standard['metOn'] ??= null;
      standard['waivedReason'] ??= '';
    }
    return workshop;
  },
};
