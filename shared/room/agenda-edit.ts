import { LIMITS } from '../domain/limits';
import type { Agenda, AgendaBlock, StageTimer } from '../domain/room';
import { MINUTE_MS } from './timer';

/** An edit either gives the next agenda or says, in words for the facilitator, why not. */
export type AgendaEditResult = { readonly ok: true; readonly agenda: Agenda } | { readonly ok: false; readonly problem: string };

const ok = (agenda: Agenda): AgendaEditResult => ({ ok: true, agenda });
const refuse = (problem: string): AgendaEditResult => ({ ok: false, problem });

export const DEFAULT_BREAK_MINUTES = 10;

/** Parses what was typed in a minutes box; bad input is refused and nothing changes. */
export function setBlockMinutes(agenda: Agenda, blockId: string, typed: string): AgendaEditResult {
  const text = typed.trim();
  if (!/^\d+$/.test(text)) return refuse('Enter whole minutes, for example 15.');
  const minutes = Number(text);
  if (minutes > LIMITS.agendaBlockMinutes) return refuse(`A block can last at most ${LIMITS.agendaBlockMinutes} minutes.`);
  if (!agenda.blocks.some((block) => block.id === blockId)) return refuse('That block is no longer on the agenda.');
  return ok({ ...agenda, blocks: agenda.blocks.map((block) => (block.id === blockId ? { ...block, minutes } : block)) });
}

/** Breaks are the movable blocks: stages keep the method's order. */
export function moveBreak(agenda: Agenda, blockId: string, direction: 'earlier' | 'later'): AgendaEditResult {
  const index = agenda.blocks.findIndex((block) => block.id === blockId);
  const block = agenda.blocks[index];
  if (!block || block.kind !== 'break') return refuse('Only breaks can be moved.');
  const target = direction === 'earlier' ? index - 1 : index + 1;
  const neighbour = agenda.blocks[target];
  if (!neighbour) return refuse(direction === 'earlier' ? 'This break is already first.' : 'This break is already last.');
  const blocks = [...agenda.blocks];
  blocks[target] = block;
  blocks[index] = neighbour;
  return ok({ ...agenda, blocks });
}

export function canMoveBreak(agenda: Agenda, blockId: string, direction: 'earlier' | 'later'): boolean {
  return moveBreak(agenda, blockId, direction).ok;
}

/** Adds a break right after the given block (at the end when afterBlockId is null). */
export function addBreak(agenda: Agenda, afterBlockId: string | null, id: string, minutes = DEFAULT_BREAK_MINUTES): AgendaEditResult {
  if (agenda.blocks.length >= LIMITS.agendaBlocks) return refuse(`An agenda holds at most ${LIMITS.agendaBlocks} blocks.`);
  const breakBlock: AgendaBlock = { id, kind: 'break', stageId: null, minutes, spentMs: 0 };
  const index = afterBlockId === null ? agenda.blocks.length - 1 : agenda.blocks.findIndex((block) => block.id === afterBlockId);
  if (afterBlockId !== null && index < 0) return refuse('That block is no longer on the agenda.');
  const blocks = [...agenda.blocks];
  blocks.splice(index + 1, 0, breakBlock);
  return ok({ ...agenda, blocks });
}

export function removeBreak(agenda: Agenda, blockId: string): AgendaEditResult {
  const block = agenda.blocks.find((candidate) => candidate.id === blockId);
  if (!block || block.kind !== 'break') return refuse('Only breaks can be removed; a stage keeps its box.');
  return ok({ ...agenda, blocks: agenda.blocks.filter((candidate) => candidate.id !== blockId) });
}

/** Planned start times count from here; an ISO time with offset, as the schema stores. */
export function startWorkshopClock(agenda: Agenda, nowMs: number): Agenda {
  return { ...agenda, startedAt: new Date(nowMs).toISOString() };
}

/**
 * A box edited in the agenda while its stage's timer is set: the timer gains or loses the same
 * minutes, so the countdown and the plan keep telling the same story.
 */
export function timerAfterBoxChange(timer: StageTimer, block: AgendaBlock, minutes: number): StageTimer {
  if (block.stageId === null || timer.stageId !== block.stageId) return timer;
  const durationMs = timer.durationMs + (minutes - block.minutes) * MINUTE_MS;
  return { ...timer, durationMs: Math.min(LIMITS.timerDurationMs, Math.max(0, durationMs)) };
}
