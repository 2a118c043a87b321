import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Agenda, Room } from '../../../../shared/domain/room';
import { assignInPlace } from '../../../../shared/editing/assign-in-place';
import { STAGES, type StageId } from '../../../../shared/method/stages';
import { addBreak, canMoveBreak, moveBreak, removeBreak, setBlockMinutes, startWorkshopClock, timerAfterBoxChange, type AgendaEditResult } from '../../../../shared/room/agenda-edit';
import { describeLateness, MINUTE_MS, planAgenda, type PlannedBlock } from '../../../../shared/room/agenda-plan';
import { type ChangeReason, previewRebalance, type RebalancePreview } from '../../../../shared/room/rebalance';
import { overdueActions } from '../../../../shared/sessions/overdue';
import { plural } from '../../../../shared/text';
import { localDate } from '../../db/ids';
import { showToast } from '../../ui/toasts';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';
import { useTicker } from '../../ui/useTicker';
import './agenda.css';

const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
export const formatClock = (ms: number) => clock.format(new Date(ms));

export function blockTitle(block: { kind: 'stage' | 'break'; stageId: StageId | null }): string {
  const stage = STAGES.find((candidate) => candidate.id === block.stageId);
  return stage ? `${stage.number}. ${stage.shortTitle}` : 'Break';
}

const REASON_TEXT: Record<ChangeReason, string> = { actual: 'what it took', 'so-far': 'running over', shrunk: 'shortened' };

const spentText = (planned: PlannedBlock) =>
  planned.spentMs === 0 ? (planned.status === 'upcoming' ? '—' : '0 min') : `${Math.round(planned.spentMs / MINUTE_MS)} min`;

interface AgendaPanelProps {
  readonly room: Room;
  readonly stageId: StageId;
  readonly edit: WorkshopEdit;
  readonly onClose: () => void;
  /** The session controls (features/sessions), placed here because each session has its own agenda. */
  readonly sessionControls?: ReactNode;
}

/**
 * The time plan beside the stage: planned clock times, what each block really took, and where the
 * room will finish. Every change is one edit on the stored agenda, so undo takes back one step.
 */
export function AgendaPanel({ room, stageId, edit, onClose, sessionControls }: AgendaPanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => dialogRef.current?.showModal(), []);
  // Projections move with the clock; once a second is plenty for minutes.
  const now = useTicker(true, 1000);
  const position = { agenda: room.agenda, timer: room.timer, currentStageId: stageId };
  const plan = planAgenda(position, now);
  const [preview, setPreview] = useState<RebalancePreview | null>(null);

  /** Runs an agenda edit on the stored agenda; a refusal is shown and nothing is written. */
  const editAgenda = (change: (agenda: Agenda) => AgendaEditResult) => {
    const checked = change(room.agenda);
    if (!checked.ok) {
      showToast({ message: checked.problem, tone: 'error' });
      return;
    }
    setPreview(null);
    void edit((draft) => {
      const result = change(draft.room.agenda);
      if (result.ok) assignInPlace(draft.room.agenda, result.agenda);
    });
  };

  /** A new box length; the timer of that stage follows (see timerAfterBoxChange). */
  const setMinutes = (blockId: string, typed: string) => {
    const checked = setBlockMinutes(room.agenda, blockId, typed);
    if (!checked.ok) {
      showToast({ message: checked.problem, tone: 'error' });
      return;
    }
    setPreview(null);
    void edit((draft) => {
      const block = draft.room.agenda.blocks.find((candidate) => candidate.id === blockId);
      const result = setBlockMinutes(draft.room.agenda, blockId, typed);
      if (!block || !result.ok) return;
      // Field by field: undoing the new length must not also restore the timer's running state.
      assignInPlace(draft.room.timer, timerAfterBoxChange(draft.room.timer, block, Number(typed.trim())));
      assignInPlace(draft.room.agenda, result.agenda);
    });
  };

  const applyRebalance = (shown: RebalancePreview) => {
    const minutesById = new Map(shown.changes.map((change) => [change.block.id, change.afterMinutes]));
    void edit((draft) => {
      for (const block of draft.room.agenda.blocks) {
        const minutes = minutesById.get(block.id);
        if (minutes === undefined || minutes === block.minutes) continue;
        // The running stage's countdown follows its new box, as it does for a typed length.
        assignInPlace(draft.room.timer, timerAfterBoxChange(draft.room.timer, block, minutes));
        block.minutes = minutes;
      }
    }).then(() => showToast({ message: 'Agenda rebalanced', tone: 'success' }));
    setPreview(null);
  };

  const lateness = describeLateness(plan.lateMs);
  const current = plan.blocks.findIndex((planned) => planned.status === 'current');
  // A follow-up starts from the promises that were not kept.
  const overdue = overdueActions(room.actions, localDate()).length;
  return (
    <dialog
      ref={dialogRef}
      className="dialog side-panel agenda-panel"
      aria-labelledby="agenda-title"
      // React passes a nested dialog's 'close' up its tree (the sessions panel opens from here):
      // only this dialog's own closing closes the panel.
      onClose={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="side-panel-head">
        <h2 id="agenda-title">Agenda</h2>
        {sessionControls}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>

      <dl className="agenda-summary">
        <div>
          <dt>Total</dt>
          <dd>{plan.totalMinutes} min</dd>
        </div>
        <div>
          <dt>Planned end</dt>
          <dd>{formatClock(plan.plannedEndMs)}</dd>
        </div>
        <div>
          <dt>Projected finish</dt>
          <dd>{formatClock(plan.projectedFinishMs)}</dd>
        </div>
        <div className={plan.lateMs >= MINUTE_MS / 2 ? 'is-late' : undefined}>
          <dt>Schedule</dt>
          <dd>{lateness}</dd>
        </div>
      </dl>

      {overdue > 0 && (
        <p className="agenda-overdue">
          <strong>{plural(overdue, 'action is', 'actions are')} overdue.</strong> Start with them: the review lists them first.
        </p>
      )}
      {!plan.hasStarted && <p className="muted agenda-hint">Planned times count from now until you start the workshop clock.</p>}
      <div className="agenda-actions">
        {!plan.hasStarted && (
          <button
            type="button"
            className="button primary"
            onClick={() => editAgenda((agenda) => ({ ok: true, agenda: startWorkshopClock(agenda, Date.now()) }))}
          >
            Start the workshop clock
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            const afterId = plan.blocks[current]?.block.id ?? null;
            editAgenda((agenda) => addBreak(agenda, afterId, crypto.randomUUID()));
          }}
        >
          <Plus aria-hidden="true" size={18} />
          Add a break
        </button>
        {/* Until the clock starts the plan counts from now: nothing can be late, nothing to rebalance. */}
        {plan.hasStarted && (
          <button type="button" className="button" onClick={() => setPreview(previewRebalance(position, Date.now()))}>
            Rebalance the rest…
          </button>
        )}
      </div>

      {preview && <RebalancePreviewBox preview={preview} hasStarted={plan.hasStarted} onApply={() => applyRebalance(preview)} onCancel={() => setPreview(null)} />}

      <table className="agenda-table">
        <thead>
          <tr>
            <th scope="col">Block</th>
            <th scope="col">Starts</th>
            <th scope="col">Minutes</th>
            <th scope="col">Spent</th>
            <th scope="col">
              <span className="visually-hidden">Move or remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.blocks.map((planned) => (
            <AgendaRow key={planned.block.id} planned={planned} agenda={room.agenda} editAgenda={editAgenda} setMinutes={setMinutes} />
          ))}
        </tbody>
      </table>
    </dialog>
  );
}

interface AgendaRowProps {
  readonly planned: PlannedBlock;
  readonly agenda: Agenda;
  readonly editAgenda: (change: (agenda: Agenda) => AgendaEditResult) => void;
  readonly setMinutes: (blockId: string, typed: string) => void;
}

function AgendaRow({ planned, agenda, editAgenda, setMinutes }: AgendaRowProps) {
  const { block, status } = planned;
  const title = blockTitle(block);
  return (
    <tr className={`agenda-row ${status}${block.kind === 'break' ? ' break' : ''}`} aria-current={status === 'current' ? 'step' : undefined}>
      <th scope="row">
        {title}
        {status === 'current' && (
          <>
            {' '}
            <span className="agenda-now">Now</span>
          </>
        )}
      </th>
      <td className="agenda-time">{formatClock(planned.plannedStartMs)}</td>
      <td>
        <MinutesInput
          key={`${block.id}-${block.minutes}`}
          label={`Minutes for ${title}`}
          minutes={block.minutes}
          onCommit={(typed) => setMinutes(block.id, typed)}
        />
      </td>
      <td className={planned.spentMs > block.minutes * MINUTE_MS ? 'agenda-spent over' : 'agenda-spent'}>{spentText(planned)}</td>
      <td className="agenda-move">
        {block.kind === 'break' && (
          <>
            <button type="button" className="icon-button" aria-label="Move break earlier" disabled={!canMoveBreak(agenda, block.id, 'earlier')} onClick={() => editAgenda((current) => moveBreak(current, block.id, 'earlier'))}>
              <ArrowUp aria-hidden="true" size={18} />
            </button>
            <button type="button" className="icon-button" aria-label="Move break later" disabled={!canMoveBreak(agenda, block.id, 'later')} onClick={() => editAgenda((current) => moveBreak(current, block.id, 'later'))}>
              <ArrowDown aria-hidden="true" size={18} />
            </button>
            <button type="button" className="icon-button" aria-label="Remove break" onClick={() => editAgenda((current) => removeBreak(current, block.id))}>
              <Trash2 aria-hidden="true" size={18} />
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

/** Commits on Enter or leaving the box; bad input is refused with a message and the stored value stays. */
function MinutesInput({ label, minutes, onCommit }: { label: string; minutes: number; onCommit: (typed: string) => void }) {
  const [typed, setTyped] = useState(String(minutes));
  const commit = () => {
    if (typed.trim() === String(minutes)) return;
    onCommit(typed);
    setTyped(String(minutes));
  };
  return (
    <input
      className="agenda-minutes"
      type="text"
      inputMode="numeric"
      aria-label={label}
      value={typed}
      maxLength={3}
      onChange={(event) => setTyped(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}

interface RebalancePreviewBoxProps {
  readonly preview: RebalancePreview;
  readonly hasStarted: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

function RebalancePreviewBox({ preview, hasStarted, onApply, onCancel }: RebalancePreviewBoxProps) {
  const hasChanges = preview.changes.length > 0;
  return (
    <section className="agenda-rebalance" aria-labelledby="rebalance-title">
      <h3 id="rebalance-title">Rebalance the rest</h3>
      {!hasChanges ? (
        <p>
          {hasStarted
            ? 'The room is on schedule: nothing needs to shrink.'
            : 'Start the workshop clock first: until then the plan counts from now, so nothing is late.'}
        </p>
      ) : (
        <>
          <ul className="rebalance-changes">
            {preview.changes.map((change) => (
              <li key={change.block.id}>
                <span>{blockTitle(change.block)}</span>
                <span className="rebalance-minutes">
                  {change.beforeMinutes} → {change.afterMinutes} min
                </span>
                <span className="muted">{REASON_TEXT[change.reason]}</span>
              </li>
            ))}
          </ul>
          <p>
            Projected finish {formatClock(preview.projectedFinishBeforeMs)} → {formatClock(preview.projectedFinishAfterMs)} (planned end{' '}
            {formatClock(preview.plannedEndMs)}).
          </p>
          {preview.shortfallMinutes > 0 && (
            <p className="notice" role="note">
              Still {preview.shortfallMinutes} min over: every stage ahead is at its shortest sensible box and the breaks are gone.
              Consider moving a stage to a follow-up.
            </p>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {hasChanges ? 'Cancel' : 'Close'}
        </button>
        {hasChanges && (
          <button type="button" className="button primary" onClick={onApply}>
            Apply
          </button>
        )}
      </div>
    </section>
  );
}
