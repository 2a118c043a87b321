import type { Workshop } from '../domain/workshop';
import { actionStatusLabel } from './summary-model';

/**
 * The actions as CSV for a spreadsheet (RFC 4180): every field quoted, CRLF line ends, and a UTF-8
 * byte order mark so Excel reads "Müller" and "€" correctly. A cell a spreadsheet would run as a
 * formula (=, +, -, @, or a leading tab/CR) gets a leading apostrophe: CSV injection is how a
 * shared file turns into a command on someone else's machine.
 */
export const CSV_BOM = '\uFEFF';
export const ACTIONS_CSV_HEADER = ['What', 'Owner', 'Due', 'Status'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

export function actionsCsv(workshop: Workshop): string {
  const owner = (participantId: string | null, name: string) =>
    workshop.participants.find((p) => p.id === participantId)?.name ?? name;
  const rows = workshop.room.actions.map((action) => [
    action.text,
    owner(action.ownerParticipantId, action.ownerName),
    // ISO dates sort and parse in every spreadsheet locale.
    action.due ?? '',
    actionStatusLabel(action.status),
  ]);
  return `${CSV_BOM}${[ACTIONS_CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
