import fc from 'fast-check';
import { vi } from 'vitest';
import { EMPTY_HISTORY } from '../../../shared/editing/edit-history';
import { redoWorkshopEdit, undoWorkshopEdit, useEditHistory } from '../../../renderer/src/db/edit-history';
import { moveToTrash, restoreFromTrash, updateWorkshop } from '../../../renderer/src/db/workshops';
import { toSummaryRecord } from '../../../renderer/src/db/write';
import { WorkshopSchema } from '../../../shared/domain/workshop';
import type { WorkshopRecipe } from '../../../shared/editing/workshop-recipe';
import type { StageId } from '../../../shared/method/stages';
import { addTimerMinutes, toggleTimer } from '../../../shared/room/timer';
import { changeStageTimer, enterStageInDraft } from '../../../renderer/src/features/timer/room-edits';
import { setAtPath as setValue } from '../../../shared/editing/field-path';
import { editInOtherWindow } from '../renderer/other-window';
import type { AppUnderTest } from './app-under-test';
import { cellsOf, describeDifference, type Direction } from './cells';
import { LIST_NAMES, describePath, listRecipe, typableFields, type ListName, type ListOperation } from './targets';
import * as model from './workshop-model';
import type { WorkshopModel } from './workshop-model';

type Command = fc.AsyncCommand<WorkshopModel, AppUnderTest>;

/** The messages a refused step must show, word for word. */
export const REFUSAL = {
  undo: 'This workshop changed in another window; undo was not applied.',
  redo: 'This workshop changed in another window; redo was not applied.',
} as const;

function fail(message: string): never {
  throw new Error(message);
}

/** After every command: the record parses, equals the model, its library row follows it, and every typed text not yet stored is in the journal. */
async function checkInvariants(m: WorkshopModel, app: AppUnderTest): Promise<void> {
  const stored = await app.stored();
  const parsed = WorkshopSchema.safeParse(stored);
  if (!parsed.success) fail(`The stored record no longer parses: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  const difference = describeDifference(cellsOf(stored), cellsOf(m.record));
  if (difference) fail(`The stored record differs from the model:\n${difference}`);
  const summary = await app.tab2.summaries.get(app.workshopId);
  if (JSON.stringify(summary) !== JSON.stringify(toSummaryRecord(stored))) fail('The library row does not match the record.');
  const journal = new Map(app.journal.entries().map(([key, entry]) => [key, entry.value]));
  for (const [key, edit] of m.journal) {
    if (journal.get(key) !== edit.value) fail(`Typed text was lost: ${describePath(edit.path)} "${edit.value}" is neither stored nor in the journal.`);
  }
  if (journal.size !== m.journal.size) fail(`The journal holds ${journal.size} entries, the model ${m.journal.size}.`);
  const history = useEditHistory.getState().byWorkshop[app.workshopId] ?? EMPTY_HISTORY;
  const expected = model.historySize(m);
  if (history.past.length !== expected.past || history.future.length !== expected.future) {
    fail(`Undo history ${history.past.length}/${history.future.length} steps, model ${expected.past}/${expected.future}.`);
  }
}

/** Every command lets some time pass first: under 2 s typing in one field merges into one undo step. */
abstract class TimedCommand implements Command {
  /** What the command touched in this run (a path, a row, an outcome), for the run's log. */
  protected did = '';

  constructor(protected readonly pauseMs: number) {}

  check = () => true;

  async run(m: WorkshopModel, app: AppUnderTest): Promise<void> {
    vi.setSystemTime(Date.now() + this.pauseMs);
    try {
      await this.act(m, app);
      m.log.push(`${this.label()}${this.did ? ` → ${this.did}` : ''}`);
      await checkInvariants(m, app);
    } catch (error) {
      // The counterexample fast-check prints names commands by index; this is what they touched in the failing run.
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message}\nThe failing run, as its commands resolved:\n  ${[...m.log, `${this.label()} (failed here)`].join('\n  ')}`);
    }
  }

  protected abstract act(m: WorkshopModel, app: AppUnderTest): Promise<void>;
  protected abstract label(): string;

  toString(): string {
    return `${this.label()} +${this.pauseMs}ms`;
  }
}

function pickField(m: WorkshopModel, index: number) {
  const fields = typableFields(m.record);
  return fields[index % fields.length]!;
}

class Type extends TimedCommand {
  constructor(
    pauseMs: number,
    private readonly field: number,
    private readonly text: string,
  ) {
    super(pauseMs);
  }

  label = () => `tab1.type(field ${this.field}, ${JSON.stringify(this.text)})`;

  async act(m: WorkshopModel, app: AppUnderTest) {
    const path = pickField(m, this.field);
    this.did = describePath(path);
    model.type(m, { workshopId: app.workshopId, path, value: this.text, at: Date.now() });
    app.pending.schedule(app.workshopId, path, this.text);
  }
}

class Flush extends TimedCommand {
  label = () => 'tab1.flush()';

  async act(m: WorkshopModel, app: AppUnderTest) {
    model.flush(m);
    await app.pending.flushAll();
  }
}

class ListEdit extends TimedCommand {
  constructor(
    pauseMs: number,
    private readonly tab: 1 | 2,
    private readonly list: ListName,
    private readonly operation: ListOperation,
    private readonly index: number,
    private readonly offset: number,
  ) {
    super(pauseMs);
  }

  label = () => `tab${this.tab}.${this.operation}(${this.list}, ${this.index}${this.operation === 'move' ? `, ${this.offset}` : ''})`;

  async act(m: WorkshopModel, app: AppUnderTest) {
    // Tab 1 commits its pending text first, as every structural edit in the app does.
    if (this.tab === 1) {
      model.flush(m);
      await app.pending.flushAll();
    }
    const edit = listRecipe(m.record, this.list, this.operation, this.index, this.offset, () => model.nextId(m));
    this.did = edit?.what ?? 'nothing to do';
    if (!edit) return;
    model.applyEdit(m, edit.recipe, { isUndoable: this.tab === 1, isTyping: false, isOwn: this.tab === 1 });
    if (this.tab === 1) await updateWorkshop(app.tab1, app.workshopId, edit.recipe);
    else await editInOtherWindow(app.tab2, app.workshopId, edit.recipe);
  }
}

/** The other window types into a field and its commit lands (it keeps no history here). */
class OtherTabTypes extends TimedCommand {
  constructor(
    pauseMs: number,
    private readonly field: number,
    private readonly text: string,
  ) {
    super(pauseMs);
  }

  label = () => `tab2.type(field ${this.field}, ${JSON.stringify(this.text)})`;

  async act(m: WorkshopModel, app: AppUnderTest) {
    const path = pickField(m, this.field);
    this.did = describePath(path);
    model.applyEdit(m, (draft) => void setValue(draft, path, this.text), { isUndoable: false, isTyping: true, isOwn: false });
    await editInOtherWindow(app.tab2, app.workshopId, (draft) => void setValue(draft, path, this.text));
  }
}

class Step extends TimedCommand {
  constructor(
    pauseMs: number,
    private readonly direction: Direction,
  ) {
    super(pauseMs);
  }

  label = () => `tab1.${this.direction}()`;

  async act(m: WorkshopModel, app: AppUnderTest) {
    // As the undo button does: text still waiting is the newest edit, so it is committed first.
    model.flush(m);
    await app.pending.flushAll();
    const prediction = model.predictStep(m, this.direction);
    const before = await app.stored();
    const take = this.direction === 'undo' ? undoWorkshopEdit : redoWorkshopEdit;
    const outcome = await take(app.tab1, app.workshopId);
    this.did = outcome.kind;
    if (outcome.kind !== prediction.kind) fail(`${this.direction} was ${outcome.kind}, the model expected ${prediction.kind}.`);
    if (outcome.kind === 'refused') {
      if (outcome.reason !== REFUSAL[this.direction]) fail(`Refused with "${outcome.reason}".`);
      if (JSON.stringify(await app.stored()) !== JSON.stringify(before)) fail(`A refused ${this.direction} changed the record.`);
      model.settleStep(m, this.direction, null);
    }
    if (outcome.kind === 'applied' && prediction.kind === 'applied') {
      const difference = describeDifference(cellsOf(outcome.workshop), prediction.cells);
      if (difference) fail(`${this.direction} changed other things than the step:\n${difference}`);
      model.settleStep(m, this.direction, outcome.workshop);
    }
  }
}

class Reload extends TimedCommand {
  label = () => 'tab1.reload()';

  async act(m: WorkshopModel, app: AppUnderTest) {
    model.reload(m);
    await app.reload();
  }
}

/** Typing whose commit meets a full disk: nothing stored changes and the text stays in the journal. */
class TypeOnFullDisk extends TimedCommand {
  constructor(
    pauseMs: number,
    private readonly field: number,
    private readonly text: string,
  ) {
    super(pauseMs);
  }

  label = () => `tab1.typeOnFullDisk(field ${this.field}, ${JSON.stringify(this.text)})`;

  async act(m: WorkshopModel, app: AppUnderTest) {
    const path = pickField(m, this.field);
    this.did = describePath(path);
    model.type(m, { workshopId: app.workshopId, path, value: this.text, at: Date.now() });
    m.quotaArmed = true;
    model.flush(m);
    m.quotaArmed = false;
    const disarm = app.failNextPut();
    app.pending.schedule(app.workshopId, path, this.text);
    await app.pending.flushAll();
    disarm();
  }
}

/** The room's timer on the current stage (+minutes, or start/pause): tab 1's own edit, never an undo step. */
class Timer extends TimedCommand {
  constructor(
    pauseMs: number,
    private readonly operation: 'plus5' | 'toggle',
  ) {
    super(pauseMs);
  }

  label = () => `tab1.timer(${this.operation})`;

  async act(m: WorkshopModel, app: AppUnderTest) {
    const now = Date.now();
    const stage = m.record.meta.currentStage;
    const recipe: WorkshopRecipe = (draft) =>
      changeStageTimer(draft.room, stage, now, (timer) => (this.operation === 'plus5' ? addTimerMinutes(timer, 5) : toggleTimer(timer, now)));
    model.applyEdit(m, recipe, { isUndoable: false, isTyping: false });
    await updateWorkshop(app.tab1, app.workshopId, recipe, { isUndoable: false });
  }
}

/** A stage change: the room moves on, and the timer hands over in the same step. */
class Stage extends TimedCommand {
  constructor(
    pauseMs: number,
    private readonly stage: StageId,
  ) {
    super(pauseMs);
  }

  label = () => `tab1.stage(${this.stage})`;

  async act(m: WorkshopModel, app: AppUnderTest) {
    model.flush(m);
    await app.pending.flushAll();
    const now = Date.now();
    const recipe: WorkshopRecipe = (draft) => {
      if (draft.meta.currentStage === this.stage) return;
      draft.meta.currentStage = this.stage;
      enterStageInDraft(draft.room, this.stage, now);
    };
    model.applyEdit(m, recipe, { isUndoable: true, isTyping: false });
    await updateWorkshop(app.tab1, app.workshopId, recipe);
  }
}

class Library extends TimedCommand {
  constructor(
    pauseMs: number,
    private readonly action: 'trash' | 'restore',
  ) {
    super(pauseMs);
  }

  label = () => `library.${this.action}()`;

  async act(m: WorkshopModel, app: AppUnderTest) {
    const deletedAt = this.action === 'trash' ? new Date(Date.now()).toISOString() : null;
    model.applyEdit(m, (draft) => void (draft.deletedAt = deletedAt), { isUndoable: false, isTyping: false });
    await (this.action === 'trash' ? moveToTrash : restoreFromTrash)(app.tab1, app.workshopId);
  }
}

const pause = fc.constantFrom(300, 2_500);
const field = fc.nat({ max: 40 });
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 6 });
const list = fc.constantFrom(...LIST_NAMES);

export const COMMANDS: fc.Arbitrary<Command>[] = [
  fc.tuple(pause, field, text).map(([p, f, t]) => new Type(p, f, t)),
  fc.tuple(pause, field, text).map(([p, f, t]) => new Type(p, f, t)),
  pause.map((p) => new Flush(p)),
  fc
    .tuple(pause, fc.constantFrom<1 | 2>(1, 2), list, fc.constantFrom<ListOperation>('add', 'remove', 'move'), fc.nat({ max: 20 }), fc.constantFrom(-1, 1))
    .map(([p, tab, l, op, i, o]) => new ListEdit(p, tab, l, op, i, o)),
  fc.tuple(pause, field, text).map(([p, f, t]) => new OtherTabTypes(p, f, t)),
  pause.map((p) => new Step(p, 'undo')),
  pause.map((p) => new Step(p, 'undo')),
  pause.map((p) => new Step(p, 'redo')),
  pause.map((p) => new Reload(p)),
  fc.tuple(pause, field, text).map(([p, f, t]) => new TypeOnFullDisk(p, f, t)),
  fc.tuple(pause, fc.constantFrom<'trash' | 'restore'>('trash', 'restore')).map(([p, a]) => new Library(p, a)),
  fc.tuple(pause, fc.constantFrom<'plus5' | 'toggle'>('plus5', 'toggle')).map(([p, o]) => new Timer(p, o)),
  fc.tuple(pause, fc.constantFrom<StageId>('setup', 'end-state', 'standards')).map(([p, s]) => new Stage(p, s)),
];
