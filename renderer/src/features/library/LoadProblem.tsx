/** Shown in place of a list that could not be read: says so, keeps calm, offers a reload. Never a blank screen. */
export function LoadProblem({ problem }: { problem: string }) {
  return (
    <section className="empty-state lib-load-problem" role="alert" aria-labelledby="load-problem-title">
      <h2 id="load-problem-title">Your workshops could not be read just now</h2>
      <p>{problem}</p>
      <p className="muted">Nothing has been deleted. Close other Endfirst windows, then reload.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </section>
  );
}
