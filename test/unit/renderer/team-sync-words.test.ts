import { describe, expect, it } from 'vitest';
import { connectionBadge, connectionSentence, planSyncLabel, type ConnectionFacts, type PlanSyncFacts } from '../../../renderer/src/features/team/sync-words';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const synced = '2026-12-07T11:55:00Z';
const facts = (over: Partial<PlanSyncFacts>): PlanSyncFacts => ({ lastSyncedAt: synced, isPending: false, updatedAt: '2026-12-07T11:50:00Z', connection: 'online', ...over });

describe('a shared plan’s sync line in the library', () => {
  it.each([
    { name: 'synced, nothing since', over: {}, label: 'Synced 5 min ago' },
    { name: 'synced a moment ago', over: { lastSyncedAt: '2026-12-07T11:59:40Z' }, label: 'Synced just now' },
    { name: 'edits the running sync has not had confirmed', over: { isPending: true }, label: 'Waiting to sync' },
    { name: 'never synced', over: { lastSyncedAt: null }, label: 'Not synced yet' },
    { name: 'never synced, with edits pending', over: { lastSyncedAt: null, isPending: true }, label: 'Waiting to sync' },
    { name: 'offline, edited after the last sync', over: { connection: 'offline' as const, updatedAt: '2026-12-07T11:58:00Z' }, label: 'Waiting to sync' },
    { name: 'no team server running, edited after the last sync', over: { connection: 'off' as const, updatedAt: '2026-12-07T11:58:00Z' }, label: 'Waiting to sync' },
    { name: 'offline, nothing edited since', over: { connection: 'offline' as const }, label: 'Synced 5 min ago' },
    { name: 'online, a later edit from another laptop', over: { updatedAt: '2026-12-07T11:58:00Z' }, label: 'Synced 5 min ago' },
  ])('$name: “$label”', ({ over, label }) => {
    expect(planSyncLabel(facts(over), NOW)).toBe(label);
  });
});

const connection = (over: Partial<ConnectionFacts>): ConnectionFacts => ({ address: 'wss://team.example.org', connection: 'online', problem: null, isSyncingElsewhere: false, ...over });

describe('the connection in words', () => {
  it.each([
    { name: 'no team server', over: { address: null, connection: 'off' as const }, badge: null, sentence: 'No team server is set. Your plans stay on this laptop, and Endfirst makes no network call.' },
    { name: 'connecting', over: { connection: 'connecting' as const }, badge: 'Connecting', sentence: 'Connecting to wss://team.example.org…' },
    { name: 'online', over: {}, badge: 'Online', sentence: 'Connected to wss://team.example.org. Shared plans sync as you edit.' },
    { name: 'offline', over: { connection: 'offline' as const, problem: 'Cannot reach the team server.' }, badge: 'Offline', sentence: 'Cannot reach the team server.' },
    { name: 'refused', over: { connection: 'refused' as const, problem: 'Not a team server.' }, badge: 'Problem', sentence: 'Not a team server.' },
    { name: 'not started', over: { connection: 'off' as const }, badge: 'Off', sentence: 'Not connected to wss://team.example.org.' },
    { name: 'another window syncs', over: { connection: 'off' as const, isSyncingElsewhere: true }, badge: 'Other window', sentence: expect.stringMatching(/^Another Endfirst window on this computer is syncing/) },
  ])('$name', ({ over, badge, sentence }) => {
    expect(connectionBadge(connection(over))).toBe(badge);
    expect(connectionSentence(connection(over))).toEqual(sentence);
  });
});
