import { Link } from 'wouter';

export function NotFoundScreen() {
  return (
    <main className="screen" aria-labelledby="not-found-title">
      <h1 id="not-found-title">This page does not exist</h1>
      <p>The link may be from a newer version of Endfirst.</p>
      <Link href="/" className="button primary">
        Back to the library
      </Link>
    </main>
  );
}
