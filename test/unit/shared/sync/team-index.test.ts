import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';
import { indexEntryFor, isTeamDocName, planDocName, readTeamIndex, TEAM_INDEX_DOC, writeIndexEntry } from '../../../../shared/sync/team-index';

const entry = indexEntryFor(SAMPLE_WORKSHOP, '2026-12-01');

describe('the team index', () => {
  it('summarises a plan as the portfolio shows it', () => {
    expect(entry).toMatchObject({
      workshopId: SAMPLE_WORKSHOP.id,
      title: SAMPLE_WORKSHOP.meta.title,
      organisation: SAMPLE_WORKSHOP.meta.organisation,
      facilitator: SAMPLE_WORKSHOP.meta.facilitator,
      phase: SAMPLE_WORKSHOP.meta.phase,
      updatedAt: SAMPLE_WORKSHOP.updatedAt,
    });
    expect(typeof entry.verdict).toBe('string');
    expect(entry.score).toBeGreaterThanOrEqual(0);
  });

  it('writes an entry once, and nothing when it did not change', () => {
    const doc = new Y.Doc();
    writeIndexEntry(doc, entry, 'local');
    const after = Y.encodeStateVector(doc);
    writeIndexEntry(doc, { ...entry }, 'local');
    expect(Y.encodeStateVector(doc)).toEqual(after);
    expect(readTeamIndex(doc)).toEqual({ entries: [entry], refusedKeys: [] });
  });

  it('leaves out and names an entry that fails the schema or sits under another id', () => {
    const doc = new Y.Doc();
    writeIndexEntry(doc, entry, 'local');
    doc.getMap('plans').set('7e000000-0000-4000-8000-000000000001', { title: 42 });
    doc.getMap('plans').set('7e000000-0000-4000-8000-000000000002', entry);
    expect(readTeamIndex(doc)).toEqual({
      entries: [entry],
      refusedKeys: ['7e000000-0000-4000-8000-000000000001', '7e000000-0000-4000-8000-000000000002'],
    });
  });

  it.each([
    [TEAM_INDEX_DOC, true],
    [planDocName(SAMPLE_WORKSHOP.id), true],
    ['plan:not-a-uuid', false],
    ['plan:', false],
    ['anything-else', false],
    [`plan:${SAMPLE_WORKSHOP.id}/x`, false],
  ])('accepts %s as a document name: %s', (name, accepted) => {
    expect(isTeamDocName(name)).toBe(accepted);
  });
});
