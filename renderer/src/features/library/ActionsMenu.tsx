import type { LucideIcon } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuAction {
  readonly label: string;
  readonly icon: LucideIcon;
  readonly run: () => void;
  readonly tone?: 'danger';
}

interface ActionsMenuProps {
  /** Names the button and the menu: "Actions for Invoice triage". */
  readonly label: string;
  readonly actions: readonly MenuAction[];
}

/**
 * A menu button (WAI-ARIA APG pattern): Enter, Space or Arrow Down opens it on the first item,
 * Arrow Up on the last; arrows, Home and End move; Escape closes and returns to the button; Tab
 * closes and moves on. Choosing an item gives focus back to the button before it runs, so a
 * dialog the item opens returns focus there when it closes.
 */
const menuItems = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

export function ActionsMenu({ label, actions }: ActionsMenuProps) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [openAt, setOpenAt] = useState<'first' | 'last' | null>(null);
  const [isAbove, setAbove] = useState(false);
  const isOpen = openAt !== null;

  useLayoutEffect(() => {
    if (!isOpen) return;
    const button = buttonRef.current?.getBoundingClientRect();
    const menu = menuRef.current?.getBoundingClientRect();
    // Open upwards when the row is near the bottom of the window, so the menu is never cut off.
    if (button && menu) setAbove(button.bottom + menu.height + 8 > window.innerHeight && button.top > menu.height + 8);
    const list = menuItems(menuRef.current);
    (openAt === 'last' ? list.at(-1) : list[0])?.focus();
  }, [isOpen, openAt]);

  useEffect(() => {
    if (!isOpen) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpenAt(null);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [isOpen]);

  function close(returnFocus: boolean) {
    setOpenAt(null);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpenAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const list = menuItems(menuRef.current);
    const current = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(list.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return; // let Tab move focus on as usual
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="lib-actions-menu">
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => (isOpen ? close(false) : setOpenAt('first'))}
        onKeyDown={onButtonKeyDown}
        data-row-menu
      >
        {/* Drawn in CSS rather than an SVG icon: the library has one of these per row, up to thousands. */}
        <span className="lib-more-dots" aria-hidden="true" />
      </button>
      {isOpen && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className={`lib-menu${isAbove ? ' above' : ''}`}
          onKeyDown={onMenuKeyDown}
        >
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={`lib-menu-item${action.tone === 'danger' ? ' danger' : ''}`}
              onClick={() => {
                close(true);
                action.run();
              }}
            >
              <action.icon aria-hidden="true" size={18} />
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
