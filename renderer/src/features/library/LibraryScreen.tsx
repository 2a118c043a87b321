/**
 * The home screen. The persistence issue fills it with saved workshops; until then it shows the
 * empty state a first-time facilitator sees.
 */
export function LibraryScreen() {
  return (
    <main className="screen library" aria-labelledby="library-title">
      <div className="screen-heading">
        <h1 id="library-title">Workshops</h1>
      </div>
      <section className="empty-state" aria-label="No workshops yet">
        <h2>Start from the end</h2>
        <p>
          Most AI pilots work in the demo and die at the handoff to operations. An Endfirst workshop designs the
          production operating model first — who runs it, to what standard, at what full cost — and only then the
          pilot that proves it.
        </p>
        <p className="muted">Your workshops will appear here. They are kept on this computer only.</p>
      </section>
    </main>
  );
}
