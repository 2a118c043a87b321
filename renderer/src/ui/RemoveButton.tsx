import { Trash2 } from 'lucide-react';

/** The bin icon on a row; its accessible name says what goes ("Remove risk 3"). */
export function RemoveButton({ label, onClick, 'data-role': dataRole }: { label: string; onClick: () => void; 'data-role'?: string }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onClick} data-role={dataRole}>
      <Trash2 aria-hidden="true" size={20} />
    </button>
  );
}
