import { BookOpen, Plus } from 'lucide-react';
import { STAGES } from '../../../../shared/method/stages';

interface EmptyLibraryProps {
  readonly onOpenSample: () => void;
  readonly onNewWorkshop: () => void;
  readonly isOpeningSample: boolean;
}

const BACKWARDS_STAGES = STAGES.filter((stage) => stage.id !== 'setup' && stage.id !== 'review');

/** The first screen a new facilitator sees: the method in two sentences, and two ways in. */
export function EmptyLibrary({ onOpenSample, onNewWorkshop, isOpeningSample }: EmptyLibraryProps) {
  return (
    <section className="empty-state library-empty" aria-labelledby="empty-library-title">
      <h2 id="empty-library-title">Start from the end</h2>
      <p className="lib-empty-lead">
        Most AI pilots work in the demo and die at the handoff to operations. An Endfirst workshop designs the
        production operating model first — who runs it, to what standard, at what full cost — and only then the pilot
        that proves it.
      </p>
      <ol className="lib-method-steps" aria-label="The workshop, from production back to the pilot">
        {BACKWARDS_STAGES.map((stage) => (
          <li key={stage.id}>
            <span className="lib-method-step-number" aria-hidden="true">
              {stage.number}
            </span>
            {stage.shortTitle}
          </li>
        ))}
      </ol>
      <div className="lib-empty-actions">
        <button type="button" className="button primary large" onClick={onNewWorkshop}>
          <Plus aria-hidden="true" size={20} />
          New workshop
        </button>
        <button type="button" className="button large" onClick={onOpenSample} disabled={isOpeningSample}>
          <BookOpen aria-hidden="true" size={20} />
          Open sample workshop
        </button>
      </div>
      <p className="muted lib-empty-note">
        The sample is a filled-in plan for an invoice-triage assistant at a logistics firm, with good answers and
        warning signs. You can also import an <code>.endfirst</code> file or drop one here. Workshops are kept on this
        computer only.
      </p>
    </section>
  );
}
