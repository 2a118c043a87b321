import { ChevronDown, Download, FileDown, FileSpreadsheet, FileText, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useHost } from '../../host/HostContext';
import { exportActionsCsv, exportMarkdown, exportWorkshopFile } from './export-files';
import { SummaryPdfDialog } from './SummaryPdfDialog';
import './export.css';

interface ExportItem {
  readonly label: string;
  readonly icon: LucideIcon;
  readonly run: () => void;
}

const itemsIn = (menu: HTMLElement | null) => Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

/**
 * "Export" in the workshop bar: the summary PDF (with its options), the summary as Markdown, the
 * actions as CSV and the workshop file. Also answers the File › Export menu commands while a
 * workshop is open. A menu button (WAI-ARIA APG): arrows, Home/End, Escape and Tab work.
 */
export function ExportMenu({ workshopId, title }: { workshopId: string; title: string }) {
  const host = useHost();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [openAt, setOpenAt] = useState<'first' | 'last' | null>(null);
  const [isPdfOpen, setPdfOpen] = useState(false);

  const items: ExportItem[] = [
    { label: 'Summary PDF…', icon: FileDown, run: () => setPdfOpen(true) },
    { label: 'Summary as Markdown', icon: FileText, run: () => void exportMarkdown(workshopId) },
    { label: 'Actions as CSV', icon: FileSpreadsheet, run: () => void exportActionsCsv(workshopId) },
    { label: 'Workshop file (.endfirst)', icon: Download, run: () => void exportWorkshopFile(workshopId, title) },
  ];

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'file:export-pdf') setPdfOpen(true);
        if (command === 'file:export-markdown') void exportMarkdown(workshopId);
        if (command === 'file:export-actions-csv') void exportActionsCsv(workshopId);
        if (command === 'file:export') void exportWorkshopFile(workshopId, title);
      }),
    [host, workshopId, title],
  );

  useLayoutEffect(() => {
    if (openAt === null) return;
    const list = itemsIn(menuRef.current);
    (openAt === 'last' ? list.at(-1) : list[0])?.focus();
  }, [openAt]);

  useEffect(() => {
    if (openAt === null) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpenAt(null);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [openAt]);

  function close(returnFocus: boolean) {
    setOpenAt(null);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const list = itemsIn(menuRef.current);
    const current = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'Tab') return close(false);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusAt(current + 1),
      ArrowUp: () => focusAt(current - 1),
      Home: () => focusAt(0),
      End: () => focusAt(list.length - 1),
      Escape: () => close(true),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    move();
  }

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        title="Export the summary (PDF, Markdown), the actions (CSV) or the workshop file"
        aria-expanded={openAt !== null}
        aria-controls={openAt !== null ? menuId : undefined}
        onClick={() => (openAt !== null ? close(false) : setOpenAt('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpenAt(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        <Download aria-hidden="true" size={18} />
        <span className="bar-label">Export</span>
        <ChevronDown aria-hidden="true" size={16} />
      </button>
      {openAt !== null && (
        <div ref={menuRef} id={menuId} role="menu" aria-label="Export" className="export-menu-list" onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu-item"
              onClick={() => {
                close(true);
                item.run();
              }}
            >
              <item.icon aria-hidden="true" size={18} />
              {item.label}
            </button>
          ))}
        </div>
      )}
      {isPdfOpen && <SummaryPdfDialog workshopId={workshopId} onClose={() => setPdfOpen(false)} />}
    </div>
  );
}
