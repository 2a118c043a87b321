import type { Participant } from '../../../../../shared/domain/participants';
import type { RaciActivity, RaciParty } from '../../../../../shared/domain/raci';
import { TEAM_IDS, TEAM_LABELS, type TeamId } from '../../../../../shared/method/teams';

/**
 * The rules of one RACI row, said the way the room says them. Each row needs exactly one
 * Accountable and at least one Responsible (shared/method/METHOD.md: "every ongoing activity has exactly one
 * accountable party"). Letters left behind by a column that no longer exists are ignored, the
 * same way the readiness rule ignores them.
 */
export type RowViolationKind = 'no-accountable' | 'many-accountable' | 'no-responsible';

export interface RowViolation {
  readonly kind: RowViolationKind;
  readonly message: string;
}

export function rowViolations(assignments: RaciActivity['assignments'], partyIds: readonly string[]): RowViolation[] {
  let accountable = 0;
  let responsible = 0;
  for (const id of partyIds) {
    if (!Object.hasOwn(assignments, id)) continue;
    const letter = assignments[id];
    if (letter === 'A') accountable += 1;
    if (letter === 'R') responsible += 1;
  }
  const violations: RowViolation[] = [];
  if (accountable === 0) violations.push({ kind: 'no-accountable', message: 'No one accountable' });
  if (accountable > 1) {
    violations.push({ kind: 'many-accountable', message: `${String(accountable)} accountable — exactly one` });
  }
  if (responsible === 0) violations.push({ kind: 'no-responsible', message: 'No one responsible' });
  return violations;
}

/** How many rows are properly owned, for the line above the matrix. */
export function ownedCount(activities: readonly RaciActivity[], partyIds: readonly string[]): number {
  return activities.filter((activity) => rowViolations(activity.assignments, partyIds).length === 0).length;
}

/** A column's heading: a person linked to a participant follows that participant's current name. */
export function partyLabel(party: RaciParty, participants: readonly Participant[]): string {
  if (party.participantId !== null) {
    const name = participants.find((p) => p.id === party.participantId)?.name.trim();
    if (name) return name;
  }
  return party.label.trim() || (party.kind === 'team' && party.team ? TEAM_LABELS[party.team] : 'Unnamed column');
}

/** A row's name for labels ("Operations role in Out-of-hours incidents"), never empty. */
export function activityLabel(activity: RaciActivity, index: number): string {
  return activity.name.trim() || `new activity ${String(index + 1)}`;
}

export type ColumnChoice =
  | { readonly kind: 'team'; readonly value: string; readonly label: string; readonly team: TeamId }
  | { readonly kind: 'participant'; readonly value: string; readonly label: string; readonly participant: Participant }
  | { readonly kind: 'other'; readonly value: 'other'; readonly label: string };

/**
 * What "Add column" offers: the teams not yet a column, the named participants not yet a column,
 * and anyone else by name.
 */
export function columnChoices(parties: readonly RaciParty[], participants: readonly Participant[]): ColumnChoice[] {
  const teams = TEAM_IDS.filter((team) => !parties.some((p) => p.kind === 'team' && p.team === team)).map(
    (team): ColumnChoice => ({ kind: 'team', value: `team:${team}`, label: TEAM_LABELS[team], team }),
  );
  const people = participants
    .filter((participant) => participant.name.trim() !== '' && !parties.some((p) => p.participantId === participant.id))
    .map((participant): ColumnChoice => ({
      kind: 'participant',
      value: `participant:${participant.id}`,
      label: participant.name.trim(),
      participant,
    }));
  return [...teams, ...people, { kind: 'other', value: 'other', label: 'Someone else, by name…' }];
}

/** The new column for a choice (and a typed name, for "someone else"); null when there is nothing to add. */
export function partyFromChoice(choice: ColumnChoice, id: string, typedName: string): RaciParty | null {
  switch (choice.kind) {
    case 'team':
      return { id, label: TEAM_LABELS[choice.team], kind: 'team', team: choice.team, participantId: null };
    case 'participant':
      return { id, label: choice.participant.name.trim(), kind: 'person', team: null, participantId: choice.participant.id };
    case 'other': {
      const name = typedName.trim();
      return name === '' ? null : { id, label: name, kind: 'person', team: null, participantId: null };
    }
  }
}
