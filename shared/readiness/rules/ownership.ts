import type { RaciRole } from '../../method/raci';
import { type AreaFine, joinNames, plural, type Rule } from '../rule';

/** The matrix with no rows at all owns nothing: every ongoing activity is unaccounted for. */
export const noRaciActivities: Rule = {
  id: 'ownership.no-activities',
  area: 'ownership',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'No ongoing activities in the ownership matrix',
  check(workshop) {
    if (workshop.raci.activities.length > 0) return [];
    return [
      {
        title: 'The ownership matrix is empty',
        message:
          'No activities are listed in the ownership matrix, so nothing that outlives the pilot has an accountable party.',
        fix: { fieldPath: ['raci', 'activities'], label: 'Add the ongoing activities' },
      },
    ];
  },
};

/**
 * shared/method/METHOD.md: "An ongoing activity with no accountable party, or more than one", and issue 4's
 * "at least one Responsible". One finding per row, naming every problem with it. Letters for
 * columns that were deleted are ignored, as the matrix no longer shows them.
 */
export const raciRowIncomplete: Rule = {
  id: 'ownership.raci-row',
  area: 'ownership',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'item',
  title: 'An activity without exactly one Accountable and a Responsible',
  check(workshop, { raciParties }) {
    const hits = [];
    for (const activity of workshop.raci.activities) {
      const holders: Record<RaciRole, string[]> = { R: [], A: [], C: [], I: [] };
      for (const party of raciParties) {
        if (!Object.hasOwn(activity.assignments, party.id)) continue;
        const letter = activity.assignments[party.id];
        if (letter !== undefined) holders[letter].push(party.label.trim() || 'an unnamed party');
      }
      const accountable = holders.A.length;
      const responsible = holders.R.length;
      if (accountable === 1 && responsible > 0) continue;
      const name = activity.name.trim() || 'An unnamed activity';
      const problems: string[] = [];
      if (accountable === 0) problems.push('nobody is Accountable');
      if (accountable > 1) problems.push(`${joinNames(holders.A)} are ${accountable === 2 ? 'both' : 'all'} Accountable`);
      if (responsible === 0) problems.push('nobody is Responsible');
      const title =
        accountable === 0
          ? `${name}: no Accountable`
          : accountable > 1
            ? `${name}: ${String(accountable)} Accountables`
            : `${name}: no Responsible`;
      const label =
        accountable === 0
          ? `Choose who is Accountable for ${name}`
          : accountable > 1
            ? `Keep one Accountable for ${name}`
            : `Choose who is Responsible for ${name}`;
      hits.push({
        subject: activity.id,
        title,
        message:
          `${name}: ${joinNames(problems, problems.length)}. ` +
          'Each activity needs exactly one Accountable and at least one Responsible.',
        fix: { fieldPath: ['raci', 'activities', { id: activity.id }, 'assignments'], label },
      });
    }
    return hits;
  },
};

export const OWNERSHIP_RULES: readonly Rule[] = [noRaciActivities, raciRowIncomplete];

export const ownershipFine: AreaFine = {
  area: 'ownership',
  check(workshop) {
    return {
      title: 'Every activity is owned',
      message:
        `${plural(workshop.raci.activities.length, 'activity has', 'activities each have')} exactly one ` +
        'Accountable and at least one Responsible.',
      fix: { fieldPath: ['raci', 'activities'], label: 'Review the ownership matrix' },
    };
  },
};
