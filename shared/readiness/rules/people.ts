import { type AreaFine, joinNames, type Rule } from '../rule';

const personName = (name: string): string => name.trim() || 'An unnamed participant';

/** shared/method/METHOD.md: "No one from operations among the participants." Operations is in the room from day one. */
export const noOperationsInRoom: Rule = {
  id: 'people.no-operations',
  area: 'people',
  severity: 'blocking',
  caps: 'do-not-start',
  per: 'area',
  title: 'No one from operations in the room',
  check(workshop) {
    const operations = workshop.participants.filter((p) => p.team === 'operations');
    // Listed-but-absent people still count for ownership, but this rule asks who was in the room.
    if (operations.some((p) => p.present)) return [];
    const first = operations[0];
    if (first === undefined) {
      return [
        {
          title: 'No one from operations in the room',
          message:
            'None of the participants is from operations. The people who will run it are right to refuse a risk ' +
            'they did not shape: they need to be in the room from the first day, not at the handoff.',
          fix: { fieldPath: ['participants'], label: 'Add someone from operations' },
        },
      ];
    }
    const names = operations.map((p) => personName(p.name));
    return [
      {
        title: 'Operations was not in the room',
        message:
          `${joinNames(names)} from operations ${operations.length === 1 ? 'is' : 'are'} listed but not present. ` +
          'The people who will run it need to shape it from the first day, not hear about it at the handoff.',
        fix: {
          fieldPath: ['participants', { id: first.id }, 'present'],
          label: `Mark ${personName(first.name)} as present, or bring in someone from operations`,
        },
      },
    ];
  },
};

export const PEOPLE_RULES: readonly Rule[] = [noOperationsInRoom];

export const peopleFine: AreaFine = {
  area: 'people',
  check(workshop) {
    const names = workshop.participants.filter((p) => p.team === 'operations' && p.present).map((p) => personName(p.name));
    return {
      title: 'Operations is in the room',
      message: `From operations: ${joinNames(names)}.`,
      fix: { fieldPath: ['participants'], label: 'Review the participants' },
    };
  },
};
