/** The printable session summary (issue 6): built in the export branch. */
export function PrintScreen({ params }: { params: { id: string } }) {
  return <main aria-label="Session summary" data-workshop-id={params.id} />;
}
