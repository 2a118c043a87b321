import { Info } from 'lucide-react';
import { Link } from 'wouter';
import { BrandMark } from '../ui/BrandMark';

export function AppHeader({ onAbout }: { onAbout: () => void }) {
  return (
    <header className="app-header">
      <Link href="/" className="brand" aria-label="Endfirst, workshop library">
        <BrandMark />
        <span>Endfirst</span>
      </Link>
      <nav aria-label="Application">
        <button type="button" className="button ghost" onClick={onAbout}>
          <Info aria-hidden="true" size={18} />
          About
        </button>
      </nav>
    </header>
  );
}
