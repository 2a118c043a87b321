import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';

/** "Add participant", "Add risk"…: the plus button under every editable list. */
export function AddButton({
  onClick,
  disabled = false,
  children,
  'data-role': dataRole,
}: {
  onClick: () => void;
  disabled?: boolean | undefined;
  children: ReactNode;
  /** Lets a list find its own Add button again (focus after the last row is removed). */
  'data-role'?: string;
}) {
  return (
    <button type="button" className="button" onClick={onClick} disabled={disabled} data-role={dataRole}>
      <Plus aria-hidden="true" size={18} />
      {children}
    </button>
  );
}
