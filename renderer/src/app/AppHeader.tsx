import { Info } from 'lucide-react';
import { Link } from 'wouter';
import { TeamServerButton } from '../features/team/TeamServerButton';
import { useOpenWorkshop } from '../features/workshop/open-workshop';
import { BrandMark } from '../ui/BrandMark';

export function AppHeader({ onAbout }: { onAbout: () => void }) {
  const workshopTitle = useOpenWorkshop((state) => state.title);
  return (
    <header className="app-header">
      <Link href="/" className="brand" aria-label="Endfirst, workshop library">
        <BrandMark />
        <span>Endfirst</span>
      </Link>
      {workshopTitle !== null && (
        <p className="workshop-name">
          <span className="visually-hidden">Open workshop: </span>
          {workshopTitle}
        </p>
      )}
      <nav aria-label="Application">
        <TeamServerButton />
        <button type="button" className="button ghost" onClick={onAbout}>
          <Info aria-hidden="true" size={18} />
          About
        </button>
      </nav>
    </header>
  );
}
