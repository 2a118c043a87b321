import type { PreMortemRisk } from '../domain/end-state';
import { LIMITS } from '../domain/limits';
import type { ActionItem, Decision, Note } from '../domain/room';
import type { Standard } from '../domain/standards';
import type { Workshop } from '../domain/workshop';

/**
 * A note the room voted up becomes part of the plan: a pre-mortem risk (stage 1), a production
 * standard whose acceptance criterion is the note (stage 3), a decision or an action. The new item
 * carries the note's text and neutral defaults the room then refines where it landed.
 */

export const PROMOTE_TARGETS = ['risk', 'standard', 'decision', 'action'] as const;
export type PromoteTarget = (typeof PROMOTE_TARGETS)[number];

export const PROMOTE_LABELS: Readonly<Record<PromoteTarget, string>> = {
  risk: 'Pre-mortem risk',
  standard: 'Standard criterion',
  decision: 'Decision',
  action: 'Action',
};

/** Where the item went, in words for the toast. */
export const PROMOTE_DESTINATIONS: Readonly<Record<PromoteTarget, string>> = {
  risk: 'the pre-mortem risks in stage 1, The end state',
  standard: 'the production standards in stage 3',
  decision: 'the decisions log (Parking lot drawer and Review)',
  action: 'the actions list (Parking lot drawer and Review)',
};

export type Promotion =
  | { readonly target: 'risk'; readonly item: PreMortemRisk }
  | { readonly target: 'standard'; readonly item: Standard }
  | { readonly target: 'decision'; readonly item: Decision }
  | { readonly target: 'action'; readonly item: ActionItem };

/** The first line of a note, cut at a word to fit a one-line name. */
export function noteTitle(text: string, max = 80): string {
  const line = (text.trim().split('\n')[0] ?? '').replace(/\s+/g, ' ');
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

export function promoteNote(note: Note, target: PromoteTarget, made: { id: string; today: string }): Promotion {
  const text = note.text.trim();
  switch (target) {
    case 'risk':
      return { target, item: { id: made.id, text, likelihood: 'medium', impact: 'medium', answeredBy: [], acceptance: null } };
    case 'standard':
      return {
        target,
        item: {
          id: made.id,
          key: 'custom',
          name: noteTitle(text, Math.min(80, LIMITS.shortText)),
          applies: true,
          notApplicableReason: '',
          acceptanceCriteria: text,
          owner: '',
          evidence: '',
          priority: 'medium',
          status: 'not-discussed',
          metOn: null,
          waivedReason: '',
        },
      };
    case 'decision':
      return { target, item: { id: made.id, text, stageId: note.stageId, decidedOn: made.today } };
    case 'action':
      return { target, item: { id: made.id, text, ownerParticipantId: null, ownerName: '', due: null, status: 'open', statusHistory: [{ status: 'open', on: made.today }] } };
  }
}

type Plan = Pick<Workshop, 'preMortemRisks' | 'standards' | 'room'>;

/**
 * Adds the promoted item to the plan (an immer draft or a copy). Returns false, changing
 * nothing, when that list is already at the file format's limit.
 */
export function applyPromotion(plan: Plan, promotion: Promotion): boolean {
  switch (promotion.target) {
    case 'risk':
      if (plan.preMortemRisks.length >= LIMITS.preMortemRisks) return false;
      plan.preMortemRisks.push(promotion.item);
      return true;
    case 'standard':
      if (plan.standards.length >= LIMITS.standards) return false;
      plan.standards.push(promotion.item);
      return true;
    case 'decision':
      if (plan.room.decisions.length >= LIMITS.decisions) return false;
      plan.room.decisions.push(promotion.item);
      return true;
    case 'action':
      if (plan.room.actions.length >= LIMITS.actions) return false;
      plan.room.actions.push(promotion.item);
      return true;
  }
}
