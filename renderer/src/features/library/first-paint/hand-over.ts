import { FIRST_PAINT_ATTRIBUTE } from './paint-first-rows';

/**
 * What a person did with the first paint before React took over: where the keyboard focus was,
 * what they typed in search, the sort they chose, an actions button they pressed. React's first
 * render replaces the first paint's DOM; this carries those over so nothing they did is lost and
 * focus does not jump to the top of the page.
 */
export interface FirstPaintState {
  /** Finds the live counterpart of the element that had focus, in React's DOM. */
  readonly focus: ElementKey | null;
  /** An actions button pressed before the app could open its menu: pressed again once it can. */
  readonly pressed: ElementKey | null;
  readonly query: string;
  readonly sort: string | null;
  /** The phase filter, when one was chosen. */
  readonly phase: string | null;
}

/** An element named the way a person would find it again: its row, its tag and its name. */
export interface ElementKey {
  readonly workshopId: string | null;
  readonly tag: string;
  readonly name: string;
}

let pressed: ElementKey | null = null;

export const isFirstPaintShown = (container: HTMLElement) => container.querySelector(`[${FIRST_PAINT_ATTRIBUTE}]`) !== null;

const nameOf = (element: Element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();

export function keyOf(element: Element): ElementKey {
  return {
    workshopId: element.closest<HTMLElement>('[data-workshop-id]')?.dataset['workshopId'] ?? null,
    tag: element.tagName,
    name: nameOf(element),
  };
}

export function findByKey(container: HTMLElement, key: ElementKey): HTMLElement | null {
  const scope =
    key.workshopId === null
      ? container
      : Array.from(container.querySelectorAll<HTMLElement>('[data-workshop-id]')).find((row) => row.dataset['workshopId'] === key.workshopId);
  if (!scope) return null;
  return (
    Array.from(scope.querySelectorAll<HTMLElement>(key.tag)).find(
      (candidate) => nameOf(candidate) === key.name && (key.workshopId !== null || candidate.closest('[data-workshop-id]') === null),
    ) ?? null
  );
}

/** Remembers a press on a row's actions button while only the first paint is there. */
export function listenForEarlyPresses(container: HTMLElement): void {
  container.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('[data-row-menu]');
    if (button && button.closest(`[${FIRST_PAINT_ATTRIBUTE}]`)) pressed = keyOf(button);
  });
}

export function captureFirstPaint(container: HTMLElement): FirstPaintState | null {
  if (!isFirstPaintShown(container)) return null;
  const active = document.activeElement;
  const search = container.querySelector<HTMLInputElement>('input[type="search"]');
  const sort = container.querySelector<HTMLSelectElement>('select');
  const phase = container.querySelector<HTMLSelectElement>('select.lib-phase-select');
  return {
    focus: active && active !== document.body && container.contains(active) ? keyOf(active) : null,
    pressed,
    query: search?.value ?? '',
    sort: sort && sort.selectedIndex > 0 ? sort.value : null,
    phase: phase && phase.selectedIndex > 0 ? phase.value : null,
  };
}

/** Call right after React's first render has replaced the first paint. */
export function restoreAfterHandOver(container: HTMLElement, state: FirstPaintState): void {
  pressed = null;
  const focused = state.focus && findByKey(container, state.focus);
  focused?.focus({ preventScroll: true });
  // The search text came over through the library's store: keep typing where the caret was, at the end.
  if (focused instanceof HTMLInputElement && focused.type === 'search') focused.setSelectionRange(focused.value.length, focused.value.length);
  const toPress = state.pressed && findByKey(container, state.pressed);
  toPress?.click();
}
