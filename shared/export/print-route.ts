import type { SummaryOptions } from './summary-model';

/**
 * The print route's address: `#/print/<id>?paper=a4|letter&facilitatorNotes=1&appendix=0`.
 * Defaults: A4, no facilitator notes, appendix included. `job` pairs the "ready to print" signal
 * with the export that asked for it (Electron); `autoprint=1` opens the browser's print dialog.
 */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface PrintRequest extends SummaryOptions {
  readonly paper: PaperSize;
  /** `report=status`: the one-page status report for follow-ups instead of the full summary. */
  readonly statusReport?: boolean;
}

export interface PrintRoute extends PrintRequest {
  readonly workshopId: string;
  readonly job: string | null;
  readonly autoPrint: boolean;
}

export const DEFAULT_PRINT_REQUEST: PrintRequest = { paper: 'a4', includeFacilitatorNotes: false, includeAppendix: true };

/** Reads the route from the matched `:id` segment, which (with hash routing) still carries the query. */
export function parsePrintRoute(idWithQuery: string): PrintRoute {
  const at = idWithQuery.indexOf('?');
  const workshopId = safeDecode(at < 0 ? idWithQuery : idWithQuery.slice(0, at));
  const query = parseQuery(at < 0 ? '' : idWithQuery.slice(at + 1));
  const paper = query.get('paper');
  return {
    workshopId,
    paper: paper === 'letter' ? 'letter' : 'a4',
    includeFacilitatorNotes: query.get('facilitatorNotes') === '1',
    includeAppendix: query.get('appendix') !== '0',
    ...(query.get('report') === 'status' ? { statusReport: true } : {}),
    job: query.get('job') ?? null,
    autoPrint: query.get('autoprint') === '1',
  };
}

export function printRouteHash(workshopId: string, request: PrintRequest, extra: { job?: string; autoPrint?: boolean } = {}): string {
  const query: [string, string][] = [['paper', request.paper]];
  if (request.includeFacilitatorNotes) query.push(['facilitatorNotes', '1']);
  if (!request.includeAppendix) query.push(['appendix', '0']);
  if (request.statusReport === true) query.push(['report', 'status']);
  if (extra.job !== undefined) query.push(['job', extra.job]);
  if (extra.autoPrint === true) query.push(['autoprint', '1']);
  const text = query.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `#/print/${encodeURIComponent(workshopId)}?${text}`;
}

/** shared/ has no DOM, so no URLSearchParams: a small reader for `a=1&b=2`. */
function parseQuery(text: string): Map<string, string> {
  const query = new Map<string, string>();
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      if (!query.has(key)) query.set(decodeURIComponent(key), decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      // A malformed escape (%zz) is ignored like any other unknown option.
    }
  }
  return query;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
