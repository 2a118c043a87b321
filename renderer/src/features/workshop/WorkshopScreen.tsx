export function WorkshopScreen({ params }: { params: { id: string } }) {
  return (
    <main className="screen" aria-labelledby="workshop-title">
      <h1 id="workshop-title">Workshop {params.id}</h1>
    </main>
  );
}
