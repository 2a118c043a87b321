export function TrashScreen() {
  return (
    <main className="screen" aria-labelledby="trash-title">
      <h1 id="trash-title">Trash</h1>
    </main>
  );
}
