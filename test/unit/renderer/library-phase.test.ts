import { describe, expect, it } from 'vitest';
import { resultCountLabel } from '../../../renderer/src/features/library/library-filter';
import { isPhaseFilter, matchesPhase, noMatchText, PHASE_FILTER_OPTIONS, phaseLabel } from '../../../renderer/src/features/library/library-phase';

describe('the library phase filter', () => {
  it('offers every phase after "All phases", in the order of the method', () => {
    expect(PHASE_FILTER_OPTIONS.map((o) => o.label)).toEqual(['All phases', 'Planning', 'Pilot', 'Go/no-go', 'Transition', 'In production', 'Stopped']);
  });

  it.each([
    { row: { phase: 'pilot' }, filter: 'all', matches: true },
    { row: { phase: 'pilot' }, filter: 'pilot', matches: true },
    { row: { phase: 'pilot' }, filter: 'stopped', matches: false },
    // A row written before record version 4 has no phase: it is Planning.
    { row: {}, filter: 'planning', matches: true },
    { row: {}, filter: 'transition', matches: false },
    { row: { phase: 'production' }, filter: 'transition', matches: false },
  ] as const)('$row with filter $filter → $matches', ({ row, filter, matches }) => {
    expect(matchesPhase(row, filter)).toBe(matches);
  });

  it.each([
    { row: {}, label: 'Planning' },
    { row: { phase: 'go-no-go' }, label: 'Go/no-go' },
    { row: { phase: 'production' }, label: 'In production' },
  ] as const)('labels $row as $label', ({ row, label }) => {
    expect(phaseLabel(row)).toBe(label);
  });

  it.each([
    { value: 'stopped', ok: true },
    { value: 'all', ok: true },
    { value: 'Stopped', ok: false },
    { value: null, ok: false },
    { value: '', ok: false },
  ])('accepts $value as a filter: $ok', ({ value, ok }) => {
    expect(isPhaseFilter(value)).toBe(ok);
  });

  it.each([
    { query: 'acme', filter: 'all', text: 'No workshop matches “acme”.' },
    { query: '', filter: 'stopped', text: 'No workshop is in the phase Stopped.' },
    { query: ' acme ', filter: 'production', text: 'No workshop in the phase In production matches “acme”.' },
  ] as const)('says why nothing shows: $query / $filter', ({ query, filter, text }) => {
    expect(noMatchText(query, filter)).toBe(text);
  });

  it('counts "x of y" when only the phase narrows the list', () => {
    expect(resultCountLabel(2, 5, '', true)).toBe('2 of 5 workshops');
    expect(resultCountLabel(5, 5, '', false)).toBe('5 workshops');
  });
});
