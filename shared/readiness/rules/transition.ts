import { type AreaFine, filled, plural, type Rule } from '../rule';

/** shared/method/METHOD.md step 6: the transition takes 4–8 weeks. */
export const TRANSITION_MIN_WEEKS = 4;
export const TRANSITION_MAX_WEEKS = 8;

/** shared/method/METHOD.md: "Transition team without both innovation and operations members". */
export const transitionNotBlended: Rule = {
  id: 'transition.not-blended',
  area: 'transition',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'The transition team is not blended',
  check(workshop, { participantsById, gate }) {
    if (gate === 'transition') return []; // transition-gate.ts blocks instead
    // Members whose participant was removed no longer count.
    const sides = new Set(workshop.transition.members.filter((m) => participantsById.has(m.participantId)).map((m) => m.side));
    const innovation = sides.has('innovation');
    const operations = sides.has('operations');
    if (innovation && operations) return [];
    const fieldPath = ['transition', 'members'];
    if (!innovation && !operations) {
      return [
        {
          title: 'No transition team',
          message:
            'Nobody is on the transition team. It needs the innovation people who built it and the operations people ' +
            'who will run it, working side by side with one shared mandate.',
          fix: { fieldPath, label: 'Add innovation and operations people to the transition team' },
        },
      ];
    }
    const missing = innovation ? 'operations' : 'innovation';
    const why =
      missing === 'operations'
        ? 'nobody who will run it learns it by working on it'
        : 'the people who built it are not there to pass on why it was built this way, the edge cases and what failure looks like';
    return [
      {
        title: `No ${missing} people on the transition team`,
        message: `The transition team has no one from ${missing}, so ${why}.`,
        fix: { fieldPath, label: `Add someone from ${missing} to the transition team` },
      },
    ];
  },
};

/** Issue 4, stage 6: the transition has a length in weeks. Without one, 4–8 weeks cannot be checked. */
export const transitionLengthUnset: Rule = {
  id: 'transition.length-unset',
  area: 'transition',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'The transition has no length',
  check(workshop) {
    if (workshop.transition.weeks !== null) return [];
    return [
      {
        title: 'The transition has no length',
        message: 'No length is set for the transition. Plan four to eight weeks between "pilot proven" and "production live".',
        fix: { fieldPath: ['transition', 'weeks'], label: 'Set the length of the transition' },
      },
    ];
  },
};

/** shared/method/METHOD.md: "shorter than 4 / longer than 8 weeks without a stated reason". */
export const transitionLengthOutOfRange: Rule = {
  id: 'transition.length-out-of-range',
  area: 'transition',
  severity: 'warning',
  caps: 'fix-before-starting',
  per: 'area',
  title: 'Transition outside 4–8 weeks with no reason',
  check({ transition }) {
    const { weeks } = transition;
    if (weeks === null || filled(transition.lengthReason)) return [];
    if (weeks >= TRANSITION_MIN_WEEKS && weeks <= TRANSITION_MAX_WEEKS) return [];
    const longer = weeks > TRANSITION_MAX_WEEKS;
    return [
      {
        title: `Transition ${longer ? 'longer' : 'shorter'} than usual, no reason given`,
        message:
          `The transition is planned for ${plural(weeks, 'week', 'weeks')}, ${longer ? 'longer than' : 'shorter than'} ` +
          'the usual four to eight, and no reason is given.',
        fix: {
          fieldPath: ['transition', 'lengthReason'],
          label: `Say why it needs ${plural(weeks, 'week', 'weeks')}, or plan it in 4–8`,
        },
      },
    ];
  },
};

export const TRANSITION_RULES: readonly Rule[] = [transitionNotBlended, transitionLengthUnset, transitionLengthOutOfRange];

export const transitionFine: AreaFine = {
  area: 'transition',
  check({ transition }) {
    const weeks = transition.weeks ?? 0;
    const inRange = weeks >= TRANSITION_MIN_WEEKS && weeks <= TRANSITION_MAX_WEEKS;
    return {
      title: 'A blended transition team',
      message:
        `Innovation and operations hand over together over ${plural(weeks, 'week', 'weeks')}` +
        `${inRange ? '.' : ', for a reason the room recorded.'}`,
      fix: { fieldPath: ['transition'], label: 'Review the transition' },
    };
  },
};
