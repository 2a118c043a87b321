import { Download } from 'lucide-react';
import { useState } from 'react';
import { getDatabase } from '../../db/instance';
import { exportAllWorkshops } from './export-actions';

/**
 * "Export all workshops" as one button, for the library and for the storage-trouble banner: when
 * the disk is full the workshops can still be read, and getting them out is the first thing to do.
 */
export function ExportAllButton({ label = 'Export all workshops' }: { label?: string }) {
  const [isExporting, setExporting] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={isExporting}
      onClick={() => {
        setExporting(true);
        void exportAllWorkshops(getDatabase()).finally(() => setExporting(false));
      }}
    >
      <Download aria-hidden="true" size={19} />
      {label}
    </button>
  );
}
