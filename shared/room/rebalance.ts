import type { Agenda, AgendaBlock } from '../domain/room';
import { MINUTE_MS, planAgenda, type RoomPosition } from './agenda-plan';

/**
 * "Rebalance the rest": when the room runs late, shrink the boxes still ahead so the workshop ends
 * at its planned time again. First the finished stages are written down as what they really took
 * (and an overrunning current stage as long as it has run), so the plan shows the truth and its end
 * stays where it was; then the upcoming stages give up time in proportion to what they can spare,
 * in whole minutes, never below a floor; breaks are shortened only when the stages cannot cover it.
 */

/** A stage box never shrinks below half its length or 5 minutes, whichever is more (or its own length). */
export function minimumStageMinutes(minutes: number): number {
  return Math.min(minutes, Math.max(5, Math.ceil(minutes / 2)));
}

export type ChangeReason = 'actual' | 'so-far' | 'shrunk';

export interface BlockChange {
  readonly block: AgendaBlock;
  readonly beforeMinutes: number;
  readonly afterMinutes: number;
  /**
   * 'actual' records a finished stage's real length, 'so-far' what the overrunning current stage
   * has taken up to now, 'shrunk' cuts a box ahead.
   */
  readonly reason: ChangeReason;
}

export interface RebalancePreview {
  /** Only the blocks whose minutes change, in agenda order. */
  readonly changes: readonly BlockChange[];
  /** The agenda that Apply stores. */
  readonly agenda: Agenda;
  readonly plannedEndMs: number;
  readonly projectedFinishBeforeMs: number;
  readonly projectedFinishAfterMs: number;
  /** Whole minutes still over the planned end when everything ahead is at its floor. */
  readonly shortfallMinutes: number;
}

export function previewRebalance(position: RoomPosition, nowMs: number): RebalancePreview {
  const before = planAgenda(position, nowMs);
  // Until the workshop clock starts the plan counts from now, so the room cannot be late yet.
  if (!before.hasStarted) {
    return {
      changes: [],
      agenda: position.agenda,
      plannedEndMs: before.plannedEndMs,
      projectedFinishBeforeMs: before.projectedFinishMs,
      projectedFinishAfterMs: before.projectedFinishMs,
      shortfallMinutes: 0,
    };
  }
  const minutes = position.agenda.blocks.map((block) => block.minutes);
  const reasons: (ChangeReason | null)[] = minutes.map(() => null);
  const currentIndex = before.blocks.findIndex((planned) => planned.status === 'current');

  // 1. The past as it was: finished stages that were timed take their real length; the current
  //    stage keeps its box unless it already ran past it. Untimed blocks are left as planned.
  before.blocks.forEach((planned, index) => {
    const { block, spentMs, status } = planned;
    if (block.kind !== 'stage' || spentMs === 0 || status === 'upcoming') return;
    const actual = status === 'done' ? Math.max(1, Math.round(spentMs / MINUTE_MS)) : Math.max(block.minutes, Math.ceil(spentMs / MINUTE_MS));
    if (actual !== block.minutes) {
      minutes[index] = actual;
      reasons[index] = status === 'done' ? 'actual' : 'so-far';
    }
  });

  // 2. What the blocks ahead must give up so the projected finish lands on the planned end.
  const upcoming = before.blocks.map((planned, index) => ({ planned, index })).filter(({ planned }) => planned.status === 'upcoming');
  const spareMs = before.plannedEndMs - before.projectedFinishMs;
  let cut = spareMs < 0 ? Math.ceil(-spareMs / MINUTE_MS) : 0;
  if (currentIndex >= 0) {
    // Whatever the re-recorded past adds to the plan also has to come out of what lies ahead.
    const pastDelta = minutes.slice(0, currentIndex + 1).reduce((sum, value, index) => sum + value - (position.agenda.blocks[index]?.minutes ?? 0), 0);
    cut = Math.max(cut, pastDelta);
  }

  const stages = upcoming.filter(({ planned }) => planned.block.kind === 'stage');
  cut -= shrink(stages, cut, minutes, reasons, (block) => minimumStageMinutes(block.minutes));
  const breaks = upcoming.filter(({ planned }) => planned.block.kind === 'break');
  cut -= shrink(breaks, cut, minutes, reasons, () => 0);

  const agenda: Agenda = {
    ...position.agenda,
    blocks: position.agenda.blocks.map((block, index) => ({ ...block, minutes: minutes[index] ?? block.minutes })),
  };
  const after = planAgenda({ ...position, agenda }, nowMs);
  const changes = position.agenda.blocks.flatMap((block, index): BlockChange[] => {
    const reason = reasons[index];
    const afterMinutes = minutes[index] ?? block.minutes;
    return reason && afterMinutes !== block.minutes ? [{ block, beforeMinutes: block.minutes, afterMinutes, reason }] : [];
  });
  return {
    changes,
    agenda,
    plannedEndMs: before.plannedEndMs,
    projectedFinishBeforeMs: before.projectedFinishMs,
    projectedFinishAfterMs: after.projectedFinishMs,
    shortfallMinutes: Math.max(0, cut),
  };
}

/**
 * Takes up to `cut` whole minutes from the given blocks, each in proportion to what it can spare
 * above its floor; leftover minutes go to the blocks with the largest remainders, then the longest.
 * Returns the minutes actually taken.
 */
function shrink(
  candidates: readonly { planned: { block: AgendaBlock }; index: number }[],
  cut: number,
  minutes: number[],
  reasons: (ChangeReason | null)[],
  floor: (block: AgendaBlock) => number,
): number {
  if (cut <= 0) return 0;
  const slack = candidates.map(({ planned, index }) => ({ index, spare: Math.max(0, (minutes[index] ?? 0) - floor(planned.block)) }));
  const totalSpare = slack.reduce((sum, item) => sum + item.spare, 0);
  if (totalSpare === 0) return 0;
  const take = Math.min(cut, totalSpare);
  const shares = slack.map((item) => {
    const exact = (item.spare * take) / totalSpare;
    return { ...item, whole: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = take - shares.reduce((sum, share) => sum + share.whole, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || b.spare - a.spare || a.index - b.index);
  for (const share of byRemainder) {
    if (left === 0) break;
    if (share.whole < share.spare) {
      share.whole += 1;
      left -= 1;
    }
  }
  for (const share of shares) {
    if (share.whole === 0) continue;
    minutes[share.index] = (minutes[share.index] ?? 0) - share.whole;
    reasons[share.index] = 'shrunk';
  }
  return take;
}
