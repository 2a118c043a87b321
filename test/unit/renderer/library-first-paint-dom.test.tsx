// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '../../../shared/domain/summary';
import { WorkshopRow } from '../../../renderer/src/features/library/WorkshopRow';
import { captureFirstPaint, listenForEarlyPresses, restoreAfterHandOver } from '../../../renderer/src/features/library/first-paint/hand-over';
import { FIRST_PAINT_ATTRIBUTE, firstPaintRow, paintFirstRows } from '../../../renderer/src/features/library/first-paint/paint-first-rows';
import { generateWorkshop } from '../../fixtures/generated/library';
import { seededRandom } from '../../fixtures/generated/random';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

const NOW = Date.UTC(2026, 10, 20, 12);
const random = seededRandom(5);
const summaries = Array.from({ length: 3 }, (_, index) => summarize(generateWorkshop(random, index)));
const firstRows = { rows: summaries, total: 3, trashed: 1 };

describe('the first paint is the React library row, markup for markup', () => {
  it.each([
    { name: 'a full row', summary: summaries[0]! },
    { name: 'an untitled row with no details', summary: { ...summaries[1]!, title: '  ', organisation: '', facilitator: '', date: '' } },
    { name: 'a stopped plan', summary: { ...summaries[0]!, phase: 'stopped' as const } },
    { name: 'a row written before phases existed (Planning)', summary: (({ phase: _phase, ...rest }) => rest)(summaries[2]!) },
  ])('$name', ({ summary }) => {
    const { container } = render(
      <ul>
        <WorkshopRow summary={summary} isHidden={false} now={NOW} syncLabel={null} onAction={() => undefined} />
      </ul>,
    );
    expect(firstPaintRow(summary, NOW).outerHTML).toBe(container.querySelector('li')!.outerHTML);
  });
});

describe('paintFirstRows: a library a person can read and open at once', () => {
  it('lists each workshop as a link to it, with a named actions button, in the list the app uses', () => {
    const root = document.body.appendChild(document.createElement('div'));
    paintFirstRows(root, firstRows, NOW);
    const list = root.querySelector('ul[aria-label="Workshops"]')!;
    expect(Array.from(list.querySelectorAll('a.lib-row-title')).map((link) => link.getAttribute('href'))).toEqual(summaries.map((s) => `#/workshop/${s.id}`));
    expect(Array.from(list.querySelectorAll('button[data-row-menu]')).map((button) => button.getAttribute('aria-label'))).toEqual(
      summaries.map((s) => `Actions for ${s.title.trim()}`),
    );
    expect(root.querySelector('h1')?.textContent).toBe('Workshops');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('3 workshops');
    expect(root.querySelector('a[href="#/trash"]')?.getAttribute('aria-label')).toBe('Trash, 1 workshop');
    // What needs the app is not offered until the app is there.
    expect(Array.from(root.querySelectorAll('button:disabled')).map((button) => button.textContent)).toEqual(['Team server', 'About', 'Import…', 'Export all', 'New workshop']);
  });
});

describe('the hand-over to React keeps what the person did', () => {
  /** React's render, for this test: the same DOM, without the first-paint mark. */
  function reactTakesOver(root: HTMLElement) {
    const state = captureFirstPaint(root);
    const live = root.firstElementChild!.cloneNode(true) as HTMLElement;
    live.removeAttribute(FIRST_PAINT_ATTRIBUTE);
    root.replaceChildren(live);
    return state;
  }

  function painted() {
    const root = document.body.appendChild(document.createElement('div'));
    paintFirstRows(root, firstRows, NOW);
    listenForEarlyPresses(root);
    return root;
  }

  it('is nothing to hand over when there was no first paint', () => {
    expect(captureFirstPaint(document.body.appendChild(document.createElement('div')))).toBeNull();
  });

  it.each([
    { name: "a row's title link", selector: `[data-workshop-id="${summaries[1]!.id}"] a` },
    { name: "a row's actions button", selector: `[data-workshop-id="${summaries[2]!.id}"] button` },
    { name: 'the Trash link', selector: 'a[href="#/trash"]' },
    { name: 'the search field', selector: 'input[type="search"]' },
  ])('keyboard focus stays on $name', ({ selector }) => {
    const root = painted();
    root.querySelector<HTMLElement>(selector)!.focus();
    const state = reactTakesOver(root);
    restoreAfterHandOver(root, state!);
    expect(document.activeElement).toBe(root.querySelector(selector));
    expect(root.contains(document.activeElement)).toBe(true);
  });

  it('carries over the search text and the sort', () => {
    const root = painted();
    root.querySelector('input')!.value = 'zur';
    root.querySelector('select')!.value = 'title';
    expect(reactTakesOver(root)).toMatchObject({ query: 'zur', sort: 'title', focus: null, pressed: null });
  });

  it('presses again an actions button pressed before the app could open its menu', () => {
    const root = painted();
    root.querySelector<HTMLElement>(`[data-workshop-id="${summaries[0]!.id}"] button`)!.click();
    const state = reactTakesOver(root);
    const clicked = vi.fn();
    root.querySelector(`[data-workshop-id="${summaries[0]!.id}"] button`)!.addEventListener('click', clicked);
    restoreAfterHandOver(root, state!);
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});
