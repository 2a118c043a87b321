import type { Participant } from '../../../../../shared/domain/participants';
import type { TransitionMember, WeekPlanEntry } from '../../../../../shared/domain/transition';
import { TEAM_SIDE_LABELS } from '../../../../../shared/changes/format-value';
import { TRANSITION_MAX_WEEKS, TRANSITION_MIN_WEEKS } from '../../../../../shared/readiness';

export type Side = TransitionMember['side'];
export type SideChoice = Side | 'none';

export const SIDE_OPTIONS: readonly { readonly value: SideChoice; readonly label: string }[] = [
  { value: 'none', label: 'Not on the team' },
  { value: 'innovation', label: TEAM_SIDE_LABELS.innovation },
  { value: 'operations', label: TEAM_SIDE_LABELS.operations },
];

export interface TeamCount {
  readonly innovation: number;
  readonly operations: number;
}

/** Members whose participant still exists, counted per side (a removed participant no longer counts). */
export function countSides(members: readonly TransitionMember[], participants: readonly Participant[]): TeamCount {
  const present = new Set(participants.map((p) => p.id));
  const live = members.filter((m) => present.has(m.participantId));
  return {
    innovation: live.filter((m) => m.side === 'innovation').length,
    operations: live.filter((m) => m.side === 'operations').length,
  };
}

/** "2 from innovation, 3 from operations", or "Nobody on the transition team yet." */
export function describeTeam({ innovation, operations }: TeamCount): string {
  if (innovation + operations === 0) return 'Nobody on the transition team yet.';
  return `${innovation} from innovation, ${operations} from operations`;
}

/** The side with nobody on it, or 'both', or null when the team is blended. */
export function missingSide({ innovation, operations }: TeamCount): Side | 'both' | null {
  if (innovation === 0 && operations === 0) return 'both';
  if (innovation === 0) return 'innovation';
  if (operations === 0) return 'operations';
  return null;
}

export function sideOf(members: readonly TransitionMember[], participantId: string): SideChoice {
  return members.find((m) => m.participantId === participantId)?.side ?? 'none';
}

/** The members list after choosing a side for one participant: order kept, one entry per person. */
export function withSide(members: readonly TransitionMember[], participantId: string, side: SideChoice): TransitionMember[] {
  if (side === 'none') return members.filter((m) => m.participantId !== participantId);
  if (members.some((m) => m.participantId === participantId)) {
    return members.map((m) => (m.participantId === participantId ? { ...m, side } : m));
  }
  return [...members, { participantId, side }];
}

export type LengthStatus = 'unset' | 'short' | 'usual' | 'long';

export function lengthStatus(weeks: number | null): LengthStatus {
  if (weeks === null) return 'unset';
  if (weeks < TRANSITION_MIN_WEEKS) return 'short';
  if (weeks > TRANSITION_MAX_WEEKS) return 'long';
  return 'usual';
}

export function lengthWarning(weeks: number | null): string | null {
  const status = lengthStatus(weeks);
  if (weeks === null || status === 'unset' || status === 'usual') return null;
  const unit = weeks === 1 ? 'week' : 'weeks';
  const comparison = status === 'long' ? 'longer' : 'shorter';
  return `${weeks} ${unit} is ${comparison} than the usual ${TRANSITION_MIN_WEEKS}–${TRANSITION_MAX_WEEKS}. Say why below, or plan it in ${TRANSITION_MIN_WEEKS}–${TRANSITION_MAX_WEEKS} weeks.`;
}

export interface WeekRow {
  /** The stored row's id, or null while nobody has written anything for this week yet. */
  readonly id: string | null;
  readonly week: number;
  readonly focus: string;
}

/**
 * The week plan follows the length: one row per week 1..weeks, with the text planned for that
 * week if any. Entries beyond the length are not deleted (a mistyped "1" for "10" must not wipe
 * nine weeks of plan); they are hidden and reported by hiddenWeeks.
 */
export function weekRows(weeks: number | null, plan: readonly WeekPlanEntry[]): WeekRow[] {
  const count = weeks ?? 0;
  const byWeek = new Map(plan.map((entry) => [entry.week, entry]));
  return Array.from({ length: count }, (_, index) => {
    const entry = byWeek.get(index + 1);
    return { id: entry?.id ?? null, week: index + 1, focus: entry?.focus ?? '' };
  });
}

/** Planned weeks (with text) that lie beyond the current length, in order. */
export function hiddenWeeks(weeks: number | null, plan: readonly WeekPlanEntry[]): number[] {
  const count = weeks ?? 0;
  return plan
    .filter((entry) => entry.week > count && entry.focus.trim() !== '')
    .map((entry) => entry.week)
    .sort((a, b) => a - b);
}

/** "week 9" or "weeks 9–10" or "weeks 9, 11 and 12". */
export function describeWeeks(weeks: readonly number[]): string {
  if (weeks.length === 1) return `week ${weeks[0]}`;
  const first = weeks[0];
  const last = weeks.at(-1);
  const contiguous = first !== undefined && last !== undefined && last - first === weeks.length - 1;
  if (contiguous) return `weeks ${first}–${last}`;
  return `weeks ${weeks.slice(0, -1).join(', ')} and ${last}`;
}

/**
 * The day production goes live if the transition starts on `startDate` (YYYY-MM-DD) and lasts
 * `weeks`: start + 7 × weeks days, as YYYY-MM-DD. Calendar arithmetic in UTC, so no time zone or
 * daylight-saving change can shift it by a day. Null when either is missing or the date is invalid.
 */
export function transitionEndDate(startDate: string | null, weeks: number | null): string | null {
  if (startDate === null || weeks === null || !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return null;
  const start = Date.parse(`${startDate}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  return new Date(start + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
}

