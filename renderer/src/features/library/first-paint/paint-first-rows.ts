import type { WorkshopSummary } from '../../../../../shared/domain/summary';
import { stageById } from '../../../../../shared/method/stages';
import { phaseOf } from '../../../../../shared/readiness/gate';
import { LIBRARY_SORTS, resultCountLabel, SORT_LABELS } from '../library-filter';
import { PHASE_FILTER_OPTIONS, phaseLabel } from '../library-phase';
import { editedAgo, exactTime, workshopDay } from '../library-time';
import type { FirstRows } from './read-first-rows';

/**
 * The library as static DOM, painted before React and the rest of the app have loaded. The markup,
 * classes, roles and names are the React library's own (AppHeader, LibraryScreen, WorkshopRow), so
 * the swap is invisible: React's first render replaces this with the same thing, live.
 * Rows are real: each title is a link that opens the workshop, each row names its actions button.
 * The few controls that need the app (About, Import, Export all, New workshop) are disabled until
 * then; the search and sort fields work, and what is typed there is carried over (hand-over.ts).
 */

/** Marks everything here, so the hand-over can tell the first paint from React's DOM. */
export const FIRST_PAINT_ATTRIBUTE = 'data-first-paint-rows';

type Attributes = Readonly<Record<string, string | boolean>>;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Holds the place of a lucide icon (drawn by React later) so the buttons keep their width. */
const iconSpace = (size: number) => {
  const space = element('span', { 'aria-hidden': 'true' });
  space.style.cssText = `display:inline-block;width:${size}px;height:${size}px;flex:none`;
  return space;
};

const BRAND_MARK =
  '<svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="8" fill="var(--brand)"></rect>' +
  '<circle cx="23" cy="9" r="4" fill="var(--brand-contrast)"></circle><path d="M21 13.5c-1.5 6-5.5 9.5-12 10" stroke="var(--brand-contrast)" stroke-width="3" stroke-linecap="round" fill="none"></path>' +
  '<path d="M11 19.5l-3 4 4.5 1.8" stroke="var(--brand-contrast)" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" fill="none"></path></svg>';

function header(): HTMLElement {
  const brand = element('a', { href: '#/', class: 'brand', 'aria-label': 'Endfirst, workshop library' });
  brand.innerHTML = `${BRAND_MARK}<span>Endfirst</span>`;
  const teamServer = element('button', { type: 'button', class: 'button ghost', disabled: true }, [iconSpace(18), 'Team server']);
  const about = element('button', { type: 'button', class: 'button ghost', disabled: true }, [iconSpace(18), 'About']);
  return element('header', { class: 'app-header' }, [brand, element('nav', { 'aria-label': 'Application' }, [teamServer, about])]);
}

function toolbar({ total, trashed }: FirstRows): HTMLElement {
  const search = element('div', { class: 'lib-search-field' }, [
    element('span', { class: 'lib-search-icon', 'aria-hidden': 'true' }),
    element('input', {
      type: 'search',
      class: 'lib-text-input',
      'aria-label': 'Search workshops',
      placeholder: 'Search by title, organisation or facilitator',
    }),
  ]);
  const options = LIBRARY_SORTS.map((key) => element('option', { value: key }, [SORT_LABELS[key]]));
  const sort = element('label', { class: 'lib-sort-field' }, [element('span', {}, ['Sort by']), element('select', { class: 'lib-select' }, options)]);
  const phases = PHASE_FILTER_OPTIONS.map(({ value, label }) => element('option', { value }, [label]));
  const phase = element('label', { class: 'lib-sort-field' }, [element('span', {}, ['Phase']), element('select', { class: 'lib-select lib-phase-select' }, phases)]);
  const trashLink = element('a', { href: '#/trash', class: 'button ghost lib-trash-link', 'aria-label': `Trash, ${trashed} ${trashed === 1 ? 'workshop' : 'workshops'}` }, [
    iconSpace(19),
    'Trash',
    ...(trashed > 0 ? [element('span', { class: 'lib-count-badge', 'aria-hidden': 'true' }, [String(trashed)])] : []),
  ]);
  return element('div', { class: 'library-toolbar' }, [
    search,
    sort,
    phase,
    element('p', { class: 'lib-result-count', role: 'status' }, [resultCountLabel(total, total, '')]),
    trashLink,
  ]);
}

export function firstPaintRow(summary: WorkshopSummary, now: number): HTMLLIElement {
  const stage = stageById(summary.stageReached);
  const details = [summary.organisation.trim(), workshopDay(summary.date), summary.facilitator.trim()].filter(Boolean);
  const title = summary.title.trim() || 'Untitled workshop';
  const fill = element('span', { class: 'lib-progress-fill' });
  fill.style.width = `${summary.completionPercent}%`;
  return element('li', { class: 'lib-row', 'data-workshop-id': summary.id }, [
    element('div', { class: 'lib-row-main' }, [
      element('a', { href: `#/workshop/${summary.id}`, class: 'lib-row-title', dir: 'auto' }, [title]),
      element('p', { class: 'lib-row-details' }, details.map((detail) => element('span', { dir: 'auto' }, [detail]))),
    ]),
    element('p', { class: `lib-row-phase phase-${phaseOf(summary)}` }, [
      element('span', { class: 'visually-hidden' }, ['Phase: ']),
      element('span', { class: 'lib-phase-badge' }, [phaseLabel(summary)]),
    ]),
    element('div', { class: 'lib-row-stage' }, [
      element('span', { class: 'visually-hidden' }, ['Stage reached: ']),
      element('span', { class: 'lib-stage-name' }, [element('span', { class: 'lib-stage-number', 'aria-hidden': 'true' }, [String(stage.number)]), stage.title]),
      element('span', { class: 'lib-stage-progress' }, [
        element('span', { class: 'lib-progress-track', 'aria-hidden': 'true' }, [fill]),
        element('span', { class: 'lib-progress-label' }, [`${summary.completionPercent}% filled in`]),
      ]),
    ]),
    element('time', { class: 'lib-row-edited', datetime: summary.updatedAt, title: exactTime(summary.updatedAt) }, [editedAgo(summary.updatedAt, now)]),
    element('div', { class: 'lib-actions-menu' }, [
      element('button', { type: 'button', class: 'icon-button', 'aria-label': `Actions for ${title}`, 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'data-row-menu': 'true' }, [
        element('span', { class: 'lib-more-dots', 'aria-hidden': 'true' }),
      ]),
    ]),
  ]);
}

/** Fills `container` (React's root, still empty) with the library's first screenful. */
export function paintFirstRows(container: HTMLElement, firstRows: FirstRows, now: number): void {
  const headingActions = element('div', { class: 'lib-heading-actions' }, [
    element('a', { href: '#/team', class: 'button ghost lib-team-link' }, [iconSpace(19), 'Team portfolio']),
    element('button', { type: 'button', class: 'button', disabled: true }, [iconSpace(19), 'Import…']),
    element('button', { type: 'button', class: 'button', disabled: true }, [iconSpace(19), 'Export all']),
    element('button', { type: 'button', class: 'button primary', disabled: true }, [iconSpace(20), 'New workshop']),
  ]);
  const main = element('main', { class: 'screen library', 'aria-labelledby': 'library-title' }, [
    element('div', { class: 'screen-heading' }, [element('h1', { id: 'library-title' }, ['Workshops']), headingActions]),
    toolbar(firstRows),
    element('ul', { class: 'lib-list', 'aria-label': 'Workshops' }, firstRows.rows.map((summary) => firstPaintRow(summary, now))),
  ]);
  container.replaceChildren(element('div', { class: 'app', [FIRST_PAINT_ATTRIBUTE]: true }, [header(), main]));
}
