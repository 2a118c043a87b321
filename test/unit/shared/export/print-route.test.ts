import { describe, expect, it } from 'vitest';
import { parsePrintRoute, printRouteHash } from '../../../../shared/export/print-route';
import { cssString, pageStyle } from '../../../../renderer/src/features/print/page-style';

const ID = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';

describe('the print route address', () => {
  it.each([
    [ID, { paper: 'a4', includeFacilitatorNotes: false, includeAppendix: true, job: null, autoPrint: false }],
    [`${ID}?paper=letter`, { paper: 'letter', includeFacilitatorNotes: false, includeAppendix: true, job: null, autoPrint: false }],
    [`${ID}?paper=A3&facilitatorNotes=1&appendix=0`, { paper: 'a4', includeFacilitatorNotes: true, includeAppendix: false, job: null, autoPrint: false }],
    [`${ID}?job=abc%20d&autoprint=1&appendix=yes`, { paper: 'a4', includeFacilitatorNotes: false, includeAppendix: true, job: 'abc d', autoPrint: true }],
    [`${ID}?paper=%zz&job=%E0%A4%A`, { paper: 'a4', includeFacilitatorNotes: false, includeAppendix: true, job: null, autoPrint: false }],
  ])('reads %s', (idWithQuery, expected) => {
    expect(parsePrintRoute(idWithQuery)).toEqual({ workshopId: ID, ...expected });
  });

  it('writes what it reads', () => {
    const request = { paper: 'letter', includeFacilitatorNotes: true, includeAppendix: false } as const;
    const hash = printRouteHash(ID, request, { job: 'j-1' });
    expect(hash).toBe(`#/print/${ID}?paper=letter&facilitatorNotes=1&appendix=0&job=j-1`);
    expect(parsePrintRoute(hash.slice('#/print/'.length))).toEqual({ workshopId: ID, ...request, job: 'j-1', autoPrint: false });
  });
});

describe('the page footer', () => {
  it.each([
    ['Invoice triage', '"Invoice triage"'],
    ['Say "hi"; }', '"Say \\22 hi\\22 ; \\7d "'],
    ['back\\slash\nnew line', '"back\\5c slash\\a new line"'],
    ['</style><script>', '"\\3c \\2f style\\3e \\3c script\\3e "'],
  ])('writes %j as the CSS string %s', (title, expected) => {
    expect(cssString(title)).toBe(expected);
  });

  it('sets the paper size and shortens a long title', () => {
    const css = pageStyle('letter', 'x'.repeat(100));
    expect(css).toContain('size: letter;');
    expect(css).toContain(`"${'x'.repeat(69)}\\2026 "`);
    expect(css).toContain('counter(page) " of " counter(pages)');
  });
});
