import { type AreaFine, type Rule } from '../rule';

/** shared/method/METHOD.md: "No named operational owner". */
export const noOperationalOwner: Rule = {
  id: 'operating-model.no-owner',
  area: 'operating-model',
  severity: 'blocking',
  caps: 'do-not-start',
  per: 'area',
  title: 'No named operational owner',
  check(_workshop, { owner }) {
    if (owner !== null) return [];
    return [
      {
        title: 'No named operational owner',
        message:
          'Nobody is named as the operational owner. When this works, who runs it? Without one named person and ' +
          'team who have said yes, the pilot has no organisational home and quietly fades away.',
        fix: { fieldPath: ['operatingModel', 'ownerName'], label: 'Name the operational owner' },
      },
    ];
  },
};

/**
 * shared/method/METHOD.md: "owner not confirmed before pilot start". A warning, not a blocker: the room may name
 * the owner before they have said yes. But like every warning it rules out "Ready to start the
 * pilot", because the owner must be agreed before a line of code.
 */
export const ownerNotConfirmed: Rule = {
  id: 'operating-model.owner-not-confirmed',
  area: 'operating-model',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'Operational owner not confirmed',
  check({ operatingModel: om }, { owner, gate }) {
    if (owner === null) return [];
    if (!om.ownerConfirmed && gate === 'transition') return []; // transition-gate.ts blocks instead
    if (!om.ownerConfirmed) {
      return [
        {
          title: 'Owner not confirmed',
          message:
            `${owner.name} is named as the operational owner but has not confirmed it. The owner agrees before a ` +
            'line of code is written, shapes the requirements and takes part in the pilot.',
          fix: { fieldPath: ['operatingModel', 'ownerConfirmed'], label: `Record that ${owner.name} confirmed` },
        },
      ];
    }
    if (om.ownerConfirmedOn === null) {
      return [
        {
          title: 'Owner confirmation has no date',
          message: `${owner.name} is marked as having confirmed, but not when. Record the date so nobody has to ask later.`,
          fix: { fieldPath: ['operatingModel', 'ownerConfirmedOn'], label: `Add the date ${owner.name} confirmed` },
        },
      ];
    }
    return [];
  },
};

export const OPERATING_MODEL_RULES: readonly Rule[] = [noOperationalOwner, ownerNotConfirmed];

export const operatingModelFine: AreaFine = {
  area: 'operating-model',
  check({ operatingModel: om }, { owner }) {
    const team = om.ownerTeam.trim();
    const who = `${owner?.name ?? 'The owner'}${team === '' ? '' : ` (${team})`}`;
    return {
      title: 'A confirmed operational owner',
      message: `${who} is the operational owner and confirmed it on ${om.ownerConfirmedOn ?? 'an unrecorded date'}.`,
      fix: { fieldPath: ['operatingModel'], label: 'Review who runs it' },
    };
  },
};
