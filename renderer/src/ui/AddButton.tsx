import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';

/** "Add participant", "Add risk"…: the plus button under every editable list. */
export function AddButton({
  onClick,
  disabled = false,
  children,
}: {
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button type="button" className="button" onClick={onClick} disabled={disabled}>
      <Plus aria-hidden="true" size={18} />
      {children}
    </button>
  );
}
