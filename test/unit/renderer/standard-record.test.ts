import { describe, expect, it } from 'vitest';
import { STANDARD_STATUSES } from '../../../shared/domain/standards';
import { asksForRecord, missingRecord } from '../../../renderer/src/features/stages/standards/standard-record';
import { rowOfFocusTarget } from '../../../renderer/src/features/stages/standards/standards-logic';

const record = { status: 'agreed', evidence: '', metOn: null, waivedReason: '' } as const;

describe('a standard met or waived says what is missing from its record', () => {
  it.each([
    { name: 'agreed: nothing asked yet', standard: record, missing: [] },
    { name: 'in progress with no evidence yet', standard: { ...record, status: 'in-progress' }, missing: [] },
    { name: 'met with nothing', standard: { ...record, status: 'met' }, missing: ['Met: no evidence', 'Met: no date'] },
    { name: 'met with evidence, no date', standard: { ...record, status: 'met', evidence: 'Pen test 14' }, missing: ['Met: no date'] },
    { name: 'met with a date, blank evidence', standard: { ...record, status: 'met', evidence: '  ', metOn: '2027-01-04' }, missing: ['Met: no evidence'] },
    { name: 'met with both', standard: { ...record, status: 'met', evidence: 'Pen test 14', metOn: '2027-01-04' }, missing: [] },
    { name: 'waived with no reason', standard: { ...record, status: 'waived' }, missing: ['Waived: no reason'] },
    { name: 'waived with a reason', standard: { ...record, status: 'waived', waivedReason: 'Group policy covers it.' }, missing: [] },
  ] as const)('$name', ({ standard, missing }) => {
    expect(missingRecord(standard)).toEqual(missing);
  });

  it('opens the row for "met" and "waived" only', () => {
    expect(STANDARD_STATUSES.filter(asksForRecord)).toEqual(['met', 'waived']);
    expect(asksForRecord(undefined)).toBe(false);
  });

  it.each(['metOn', 'waivedReason', 'evidence'])('"Go to…" the %s field opens the folded row', (field) => {
    expect(rowOfFocusTarget(`standards.#abc.${field}`)).toBe('abc');
  });
});
