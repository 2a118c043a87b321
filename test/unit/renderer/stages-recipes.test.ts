import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../shared/domain/create-workshop';
import { LIMITS } from '../../../shared/domain/limits';
import { WorkshopSchema, type Workshop } from '../../../shared/domain/workshop';
import type { WorkshopRecipe } from '../../../shared/editing/workshop-recipe';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { sampleIds } from '../../../shared/method/sample-workshop-ids';
import * as cost from '../../../renderer/src/features/stages/cost/cost-recipes';
import * as endState from '../../../renderer/src/features/stages/end-state/end-state-recipes';
import * as operatingModel from '../../../renderer/src/features/stages/operating-model/operating-model-recipes';
import * as ownership from '../../../renderer/src/features/stages/ownership/ownership-recipes';
import * as pilot from '../../../renderer/src/features/stages/pilot/pilot-recipes';
import * as review from '../../../renderer/src/features/stages/review/review-recipes';
import * as setup from '../../../renderer/src/features/stages/setup/setup-recipes';
import * as standards from '../../../renderer/src/features/stages/standards/standards-recipes';
import * as transition from '../../../renderer/src/features/stages/transition/transition-recipes';
import * as records from '../../../renderer/src/features/room/record-recipes';
import * as votes from '../../../renderer/src/features/room/vote-recipes';

const NEW = '00000000-0000-4000-8000-00000000abcd';
const GONE = '00000000-0000-4000-8000-00000000dead';
const sample = SAMPLE_WORKSHOP;
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
const customStandard = sample.standards.find((s) => s.key === 'custom')!;
const defaultStandard = sample.standards.find((s) => s.key !== 'custom')!;
const answeredRisk = sample.preMortemRisks.find((r) => r.answeredBy.length > 0)!;
const linkedHypothesis = sample.pilot.hypotheses.find((h) => h.tests.length > 0)!;
let counter = 0;
const freshId = () => `00000000-0000-4000-8000-1${String(++counter).padStart(11, '0')}`;
const emptyWorkshop = (title: string) => createWorkshop({ id: GONE, now: '2026-12-06T08:00:00.000Z', template: 'full', title, newId: freshId });

function apply(workshop: Workshop, ...recipes: WorkshopRecipe[]): Workshop {
  const after = recipes.reduce((state, recipe) => produce(state, recipe), workshop);
  const parsed = WorkshopSchema.safeParse(after);
  expect(parsed.success, parsed.error?.message).toBe(true);
  return after;
}

describe('stage recipes change what they say, by id, and leave a valid workshop', () => {
  it.each<[string, WorkshopRecipe[], (after: Workshop) => unknown, unknown]>([
    ['setup: add a participant at the end', [setup.addParticipant(NEW)], (w) => w.participants.at(-1), { id: NEW, name: '', role: '', team: 'operations', present: true }],
    ['setup: change a participant\'s team', [setup.updateParticipant(sampleIds.participant(2), { team: 'finance' })], (w) => w.participants.find((p) => p.id === sampleIds.participant(2))?.team, 'finance'],
    ['setup: remove a participant', [setup.removeParticipant(sampleIds.participant(1))], (w) => ids(w.participants).includes(sampleIds.participant(1)), false],
    ['setup: move a participant down', [setup.moveParticipant(sampleIds.participant(1), 1)], (w) => ids(w.participants).indexOf(sampleIds.participant(1)), 1],
    ['end state: add a risk after the first', [endState.addRisk(NEW, sample.preMortemRisks[0]!.id)], (w) => w.preMortemRisks[1]?.id, NEW],
    ['end state: rate a risk', [endState.rateRisk(sample.preMortemRisks[0]!.id, 'impact', 'low')], (w) => w.preMortemRisks[0]?.impact, 'low'],
    ['end state: remove a risk', [endState.removeRisk(sample.preMortemRisks[0]!.id)], (w) => w.preMortemRisks.length, sample.preMortemRisks.length - 1],
    ['end state: answer a risk question yes', [endState.answerRiskQuestion('profilesPeople', true)], (w) => w.endState.aiRisk.profilesPeople, true],
    ['end state: back to not answered', [endState.answerRiskQuestion('narrowProceduralTask', null)], (w) => w.endState.aiRisk.narrowProceduralTask, null],
    ['end state: the room chooses high', [endState.chooseRiskClass('high')], (w) => w.endState.aiRisk.chosenClass, 'high'],
    ['end state: the class not decided', [endState.chooseRiskClass(null)], (w) => w.endState.aiRisk.chosenClass, null],
    ['end state: use the suggested reasoning', [endState.adoptRiskReasoning('Suggested minimal risk.')], (w) => w.endState.aiRisk.reasoning, 'Suggested minimal risk.'],
    ['end state: add an input variety at the end', [endState.addInputVariety(NEW)], (w) => w.endState.inputVarieties.at(-1), { id: NEW, label: '', inPilotData: false }],
    ['end state: a variety not in the pilot data', [endState.setInPilotData(sampleIds.inputVariety(2), false)], (w) => w.endState.inputVarieties[1]?.inPilotData, false],
    ['end state: remove an input variety', [endState.removeInputVariety(sampleIds.inputVariety(1))], (w) => ids(w.endState.inputVarieties).includes(sampleIds.inputVariety(1)), false],
    ['end state: move an input variety down', [endState.moveInputVariety(sampleIds.inputVariety(1), 1)], (w) => ids(w.endState.inputVarieties).indexOf(sampleIds.inputVariety(1)), 1],
    ['who runs it: no owner yet', [operatingModel.assignOwner('')], (w) => w.operatingModel.ownerParticipantId, null],
    ['cost: change the currency', [cost.setCurrency('USD')], (w) => w.cost.currency, 'USD'],
    ['ownership: a column goes with its letters', [ownership.removeRaciParty(sampleIds.raciParty(2))], (w) => w.raci.activities.some((a) => sampleIds.raciParty(2) in a.assignments), false],
    ['ownership: clear a letter', [ownership.setRaciRole(sampleIds.raciActivity(10), sampleIds.raciParty(2), '')], (w) => w.raci.activities.find((a) => a.id === sampleIds.raciActivity(10))?.assignments[sampleIds.raciParty(2)], undefined],
    ['ownership: add an own activity', [ownership.addRaciActivity(NEW)], (w) => w.raci.activities.at(-1), { id: NEW, key: 'custom', name: '', assignments: {} }],
    ['standards: a custom standard can go', [standards.removeStandard(customStandard.id)], (w) => ids(w.standards).includes(customStandard.id), false],
    ['standards: a default cannot', [standards.removeStandard(defaultStandard.id)], (w) => ids(w.standards).includes(defaultStandard.id), true],
    ['standards: change a status', [standards.updateStandard(defaultStandard.id, { status: 'met' })], (w) => w.standards[0]?.status, 'met'],
    ['standards: a suggested criterion goes on a line of its own', [standards.addSuggestedCriterion(defaultStandard.id, 'Rollback in under __ minutes.')], (w) => w.standards[0]?.acceptanceCriteria, `${defaultStandard.acceptanceCriteria}\n- Rollback in under __ minutes.`],
    ['standards: a suggested criterion is added once', [standards.addSuggestedCriterion(defaultStandard.id, 'Rollback in under __ minutes.'), standards.addSuggestedCriterion(defaultStandard.id, 'Rollback in under __ minutes.')], (w) => w.standards[0]?.acceptanceCriteria, `${defaultStandard.acceptanceCriteria}\n- Rollback in under __ minutes.`],
    ['standards: a suggested criterion never pushes the text past its limit', [(w) => void (w.standards[0]!.acceptanceCriteria = 'x'.repeat(LIMITS.longText - 5)), standards.addSuggestedCriterion(defaultStandard.id, 'Rollback in under __ minutes.')], (w) => w.standards[0]?.acceptanceCriteria.length, LIMITS.longText - 5],
    ['standards: restore the defaults', [standards.removeStandard(customStandard.id), (w) => void (w.standards = w.standards.slice(1)), standards.restoreDefaultStandards(() => NEW)], (w) => w.standards[0]?.id, NEW],
    ['transition: add an own activity', [transition.addActivity(NEW)], (w) => w.transition.activities.at(-1), { id: NEW, kind: 'custom', label: '', done: false }],
    ['transition: tick an activity', [transition.setActivityDone(sampleIds.transitionActivity(1), true)], (w) => w.transition.activities[0]?.done, true],
    ['transition: unlink an exit criterion', [transition.linkExitCriterion(sampleIds.exitCriterion(1), null)], (w) => w.transition.exitCriteria[0]?.standardId, null],
    ['transition: a row for week 11 when its field takes focus', [transition.addWeekRow(NEW, 11)], (w) => w.transition.weekPlan.at(-1), { id: NEW, week: 11, focus: '' }],
    ['transition: a week that has a row keeps it', [transition.addWeekRow(NEW, 1)], (w) => w.transition.weekPlan.filter((e) => e.week === 1).map((e) => e.id), [sampleIds.weekPlanRow(1)]],
    ['pilot: add a hypothesis', [pilot.addHypothesis(NEW)], (w) => w.pilot.hypotheses.at(-1)?.id, NEW],
    ['pilot: link the cost model once, not twice', [pilot.linkHypothesis(linkedHypothesis.id, { kind: 'cost', refId: null }), pilot.linkHypothesis(linkedHypothesis.id, { kind: 'cost', refId: null })], (w) => w.pilot.hypotheses.find((h) => h.id === linkedHypothesis.id)?.tests.filter((t) => t.kind === 'cost').length, 1],
    ['pilot: unlink a test', [pilot.unlinkHypothesis(linkedHypothesis.id, linkedHypothesis.tests[0]!)], (w) => w.pilot.hypotheses.find((h) => h.id === linkedHypothesis.id)?.tests.length, linkedHypothesis.tests.length - 1],
    ['pilot: curated data only', [pilot.setDataFlag('curatedOnly', true)], (w) => w.pilot.data.curatedOnly, true],
    ['pilot: the decider', [pilot.setDecider(sampleIds.participant(1))], (w) => w.pilot.deciderParticipantId, sampleIds.participant(1)],
    ['review: link an answer once, not twice', [review.linkRiskAnswer(answeredRisk.id, answeredRisk.answeredBy[0]!)], (w) => w.preMortemRisks.find((r) => r.id === answeredRisk.id)?.answeredBy.length, answeredRisk.answeredBy.length],
    ['review: unlink an answer', [review.unlinkRiskAnswer(answeredRisk.id, answeredRisk.answeredBy[0]!)], (w) => w.preMortemRisks.find((r) => r.id === answeredRisk.id)?.answeredBy.length, answeredRisk.answeredBy.length - 1],
    ['room: add a decision from a stage', [records.addDecision(NEW, 'cost', '2026-12-06')], (w) => w.room.decisions.at(-1), { id: NEW, text: '', stageId: 'cost', decidedOn: '2026-12-06' }],
    ['room: finish an action', [records.setActionStatus(sampleIds.action(1), 'done', '2026-12-10')], (w) => w.room.actions.find((a) => a.id === sampleIds.action(1))?.status, 'done'],
    ['room: an owner outside the room', [records.ownerOutsideRoom(sampleIds.action(1))], (w) => w.room.actions.find((a) => a.id === sampleIds.action(1))?.ownerParticipantId, null],
    ['room: resolve a parked item', [records.resolveParkedItem(sampleIds.parkingLot(1), true)], (w) => w.room.parkingLot.find((p) => p.id === sampleIds.parkingLot(1))?.resolved, true],
    ['room: remove an open question', [records.removeOpenQuestion(sampleIds.openQuestion(1))], (w) => ids(w.room.openQuestions).includes(sampleIds.openQuestion(1)), false],
  ])('%s', (_name, recipes, read, expected) => {
    expect(read(apply(sample, ...recipes))).toEqual(expected);
  });

  it('votes: start one per stage, cast a dot, reveal, discard', () => {
    const empty = emptyWorkshop('Votes');
    const started = apply(empty, votes.startVote(NEW, 'standards', 3, '2026-12-06T08:00:00.000Z'), votes.startVote(GONE, 'standards', 3, '2026-12-06T08:00:00.000Z'));
    expect(ids(started.room.votes.sessions)).toEqual([NEW]);
    const noteId = '00000000-0000-4000-8000-000000000011';
    const voter = '00000000-0000-4000-8000-000000000022';
    const cast = apply(started, votes.changeDot(NEW, voter, noteId, 'add'), votes.changeDot(NEW, voter, noteId, 'add'));
    expect(cast.room.votes.sessions[0]?.ballots[voter]).toEqual({ [noteId]: 2 });
    const revealed = apply(cast, votes.revealVote(NEW), votes.changeDot(NEW, voter, noteId, 'add'));
    expect(revealed.room.votes.sessions[0]?.status).toBe('revealed');
    expect(revealed.room.votes.sessions[0]?.ballots[voter]).toEqual({ [noteId]: 2 });
    expect(apply(revealed, votes.discardVote(NEW)).room.votes.sessions).toEqual([]);
  });

  it('an add past the list\'s limit changes nothing', () => {
    const full = produce(emptyWorkshop('Full'), (draft) => {
      draft.participants = Array.from({ length: LIMITS.participants }, (_, n) => ({
        id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
        name: `P${n}`,
        role: '',
        team: 'operations' as const,
        present: true,
      }));
    });
    expect(produce(full, setup.addParticipant(NEW))).toBe(full);
  });

  it.each<[string, WorkshopRecipe]>([
    ['update a participant', setup.updateParticipant(GONE, { present: false })],
    ['remove a participant', setup.removeParticipant(GONE)],
    ['move a participant', setup.moveParticipant(GONE, -1)],
    ['rate a risk', endState.rateRisk(GONE, 'likelihood', 'high')],
    ['remove a risk', endState.removeRisk(GONE)],
    ['tick an input variety', endState.setInPilotData(GONE, true)],
    ['remove an input variety', endState.removeInputVariety(GONE)],
    ['remove a RACI activity', ownership.removeRaciActivity(GONE)],
    ['set a RACI letter', ownership.setRaciRole(GONE, sampleIds.raciParty(1), 'R')],
    ['update a standard', standards.updateStandard(GONE, { applies: false })],
    ['remove a standard', standards.removeStandard(GONE)],
    ['tick an activity', transition.setActivityDone(GONE, true)],
    ['remove an activity', transition.removeActivity(GONE)],
    ['link an exit criterion', transition.linkExitCriterion(GONE, null)],
    ['remove an exit criterion', transition.removeExitCriterion(GONE)],
    ['move an exit criterion', transition.moveExitCriterion(GONE, 1)],
    ['remove a hypothesis', pilot.removeHypothesis(GONE)],
    ['link a hypothesis', pilot.linkHypothesis(GONE, { kind: 'cost', refId: null })],
    ['link a risk answer', review.linkRiskAnswer(GONE, answeredRisk.answeredBy[0]!)],
    ['remove a decision', records.removeDecision(GONE)],
    ['update an action', records.setActionStatus(GONE, 'done', '2026-12-10')],
    ['remove an action', records.removeAction(GONE)],
    ['remove a parked item', records.removeParkedItem(GONE)],
    ['cast a dot in a vote that is gone', votes.changeDot(GONE, sampleIds.participant(1), sampleIds.note(1), 'add')],
  ])('a missing id is a no-op: %s', (_name, recipe) => {
    expect(produce(sample, recipe)).toBe(sample);
  });

  it('the sample has what these cases point at', () => {
    expect([customStandard, defaultStandard, answeredRisk, linkedHypothesis].every((item) => typeof item?.id === 'string')).toBe(true);
  });
});
