import type { Workshop } from '../../../../shared/domain';
import { READY, readyWorkshop, tweak } from './builders';

/**
 * Fire and quiet cases for the standards-evidence rules and the transition gate's rules, in the
 * shape of rules.test.ts's CASES (which spreads them in). Kept apart so each part of the rules has
 * its own file of cases.
 */

const ready = readyWorkshop();
const broken = (change: (draft: Workshop) => void) => tweak(ready, change);
const security = (w: Workshop) => w.standards.find((s) => s.key === 'security-review')!;

/** After "go": the plan is in transition. */
const afterGo = (w: Workshop) => {
  w.meta.phase = 'transition';
  w.pilot.decision = { outcome: 'go', decidedOn: '2026-06-01', rationale: 'All three hypotheses met.' };
};

/** Every standard met with evidence and its date: what the hand-over asks for. */
const allMet = (w: Workshop) => {
  for (const s of w.standards) {
    s.status = 'met';
    s.evidence = `${s.name}: signed test record.`;
    s.metOn = '2026-05-28';
  }
};

/** Ready for transition, so each case below breaks exactly one thing. */
export const handOverReady = tweak(ready, (w) => {
  afterGo(w);
  allMet(w);
});
const brokenAfterGo = (change: (draft: Workshop) => void) => tweak(handOverReady, change);

export const GATE_CASES = {
  'standards.met-without-evidence': {
    fires: [
      {
        name: 'met with no evidence and no date',
        workshop: broken((w) => void (security(w).status = 'met')),
        mentions: ['Security review', 'no evidence and no date', 'Record the evidence for Security review'],
        fieldPath: ['standards', { id: security(ready).id }, 'evidence'],
      },
      {
        name: 'met with evidence but no date',
        workshop: broken((w) => Object.assign(security(w), { status: 'met', evidence: 'Pen test report 14.' })),
        mentions: ['no date', 'Add the date Security review was met'],
        fieldPath: ['standards', { id: security(ready).id }, 'metOn'],
      },
      {
        name: 'met with a date but only spaces as evidence',
        workshop: broken((w) => Object.assign(security(w), { status: 'met', evidence: '   ', metOn: '2026-05-01' })),
        mentions: ['no evidence'],
      },
      { name: 'every standard met with nothing recorded', workshop: broken((w) => w.standards.forEach((s) => (s.status = 'met'))), count: ready.standards.length },
    ],
    quiet: [
      { name: 'the ready workshop (agreed, not yet met)', workshop: ready },
      { name: 'met with evidence and date', workshop: broken((w) => Object.assign(security(w), { status: 'met', evidence: 'Pen test report 14.', metOn: '2026-05-01' })) },
      { name: 'met but does not apply', workshop: broken((w) => Object.assign(security(w), { status: 'met', applies: false, notApplicableReason: 'No data leaves.' })) },
      { name: 'evidence written while still in progress', workshop: broken((w) => Object.assign(security(w), { status: 'in-progress' })) },
      { name: 'after "go", where the gate rule speaks instead', workshop: brokenAfterGo((w) => Object.assign(security(w), { evidence: '' })) },
    ],
  },
  'standards.waived-without-reason': {
    fires: [
      {
        name: 'waived with no reason',
        workshop: broken((w) => void (security(w).status = 'waived')),
        mentions: ['Security review is waived', 'Say why Security review is waived'],
        fieldPath: ['standards', { id: security(ready).id }, 'waivedReason'],
      },
      { name: 'waived with a blank reason', workshop: broken((w) => Object.assign(security(w), { status: 'waived', waivedReason: ' \n ' })) },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'waived with a reason', workshop: broken((w) => Object.assign(security(w), { status: 'waived', waivedReason: 'Internal tool, no personal data.' })) },
      { name: 'a reason left over from an earlier waiver, now agreed', workshop: broken((w) => Object.assign(security(w), { status: 'agreed', waivedReason: '' })) },
      { name: 'after "go", where the gate rule speaks instead', workshop: brokenAfterGo((w) => Object.assign(security(w), { status: 'waived' })) },
    ],
  },
  'standards.not-shown-for-transition': {
    fires: [
      {
        name: 'after "go", a standard still agreed',
        workshop: brokenAfterGo((w) => void (security(w).status = 'agreed')),
        mentions: ['Before the hand-over, Security review must be met', 'It is agreed now', 'Record whether Security review is met'],
        fieldPath: ['standards', { id: security(ready).id }, 'status'],
      },
      { name: 'after "go", a standard in progress', workshop: brokenAfterGo((w) => void (security(w).status = 'in-progress')) },
      {
        name: 'after "go", met without evidence',
        workshop: brokenAfterGo((w) => void (security(w).evidence = '')),
        fieldPath: ['standards', { id: security(ready).id }, 'evidence'],
      },
      {
        name: 'after "go", met without a date',
        workshop: brokenAfterGo((w) => void (security(w).metOn = null)),
        fieldPath: ['standards', { id: security(ready).id }, 'metOn'],
      },
      {
        name: 'after "go", waived without a reason',
        workshop: brokenAfterGo((w) => void (security(w).status = 'waived')),
        fieldPath: ['standards', { id: security(ready).id }, 'waivedReason'],
      },
      { name: 'in production (set by hand), nothing met', workshop: tweak(ready, (w) => void (w.meta.phase = 'production')), count: ready.standards.length },
    ],
    quiet: [
      { name: 'ready for transition', workshop: handOverReady },
      { name: 'before "go": the pilot gate does not ask for it', workshop: ready },
      { name: 'after "go", waived with a reason', workshop: brokenAfterGo((w) => Object.assign(security(w), { status: 'waived', waivedReason: 'No personal data.' })) },
      { name: 'after "go", does not apply', workshop: brokenAfterGo((w) => Object.assign(security(w), { status: 'agreed', applies: false, notApplicableReason: 'No data leaves.' })) },
      { name: 'stopped plans are finished, not handed over', workshop: tweak(ready, (w) => void (w.meta.phase = 'stopped')) },
    ],
  },
  'operating-model.owner-not-confirmed-for-transition': {
    fires: [
      {
        name: 'after "go", the owner has not confirmed',
        workshop: brokenAfterGo((w) => void (w.operatingModel.ownerConfirmed = false)),
        mentions: ['Oscar Pike', 'Record that Oscar Pike confirmed'],
        fieldPath: ['operatingModel', 'ownerConfirmed'],
      },
    ],
    quiet: [
      { name: 'ready for transition', workshop: handOverReady },
      { name: 'before "go" (the pilot gate warns instead)', workshop: broken((w) => void (w.operatingModel.ownerConfirmed = false)) },
      {
        name: 'after "go" with no owner at all (operating-model.no-owner blocks instead)',
        workshop: brokenAfterGo((w) => Object.assign(w.operatingModel, { ownerParticipantId: null, ownerName: '', ownerConfirmed: false })),
      },
    ],
  },
  'transition.team-not-booked': {
    fires: [
      {
        name: 'after "go", nobody from operations on the team',
        workshop: brokenAfterGo((w) => void (w.transition.members = w.transition.members.filter((m) => m.side !== 'operations'))),
        mentions: ['no operations people', 'Add operations people to the transition team'],
        fieldPath: ['transition', 'members'],
      },
      {
        name: 'after "go", no team at all',
        workshop: brokenAfterGo((w) => void (w.transition.members = [])),
        mentions: ['innovation and operations people'],
      },
      {
        name: 'after "go", the only operations member was removed from the participants',
        workshop: brokenAfterGo((w) => {
          w.transition.members = w.transition.members.map((m) => (m.side === 'operations' ? { ...m, participantId: READY.gone } : m));
        }),
      },
    ],
    quiet: [
      { name: 'ready for transition', workshop: handOverReady },
      { name: 'before "go" (transition.not-blended warns instead)', workshop: broken((w) => void (w.transition.members = [])) },
    ],
  },
};
