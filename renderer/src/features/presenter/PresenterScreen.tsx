/** The projector view (issue 5): built in the presenter branch. */
export function PresenterScreen({ params }: { params: { id: string } }) {
  return <main aria-label="Presenter view" data-workshop-id={params.id} />;
}
