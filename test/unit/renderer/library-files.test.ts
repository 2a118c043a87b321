import { describe, expect, it } from 'vitest';
import { serializeEndfirstFile } from '../../../shared/domain/file-format';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { bundleFileName, safeFileTitle, workshopFileName } from '../../../renderer/src/features/library/export-file-name';
import { importedMessage, readImportSource } from '../../../renderer/src/features/library/import-files';
import { formatDuration, TEMPLATE_CHOICES } from '../../../renderer/src/features/library/template-choice';

describe('export file names', () => {
  it.each([
    ['Invoice triage', 'Invoice triage'],
    ['Invoice triage: phase 2?', 'Invoice triage phase 2'],
    ['a/b\\c*d"e<f>g|h', 'a b c d e f g h'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['ends with dots...', 'ends with dots'],
    ['...', 'Untitled workshop'],
    ['   ', 'Untitled workshop'],
    ['Café 🚚 plan', 'Café 🚚 plan'],
    ['x'.repeat(200), 'x'.repeat(80)],
    ['🚚'.repeat(100), '🚚'.repeat(80)],
  ])('%j → %j', (title, safe) => {
    expect(safeFileTitle(title)).toBe(safe);
  });

  it('starts with the workshop date, so files sort by date', () => {
    expect(workshopFileName({ date: '2026-03-03', title: 'Invoice triage' })).toBe('2026-03-03 Invoice triage.endfirst');
    expect(bundleFileName('2026-11-26', 12)).toBe('2026-11-26 All workshops (12).endfirst');
  });
});

describe('template choices', () => {
  it.each([
    [90, '90 minutes'],
    [45, '45 minutes'],
    [120, '2 hours'],
    [180, '3 hours'],
    [150, '2 hours 30 minutes'],
  ])('%i minutes → %j', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  it('offers Full (3 hours) then Express (90 minutes), durations taken from the agendas', () => {
    expect(TEMPLATE_CHOICES.map((choice) => [choice.id, choice.title, choice.duration])).toEqual([
      ['full', 'Full', '3 hours'],
      ['express', 'Express', '90 minutes'],
    ]);
  });
});

describe('reading an import', () => {
  const file = (text: string, name = 'plan.endfirst') => ({ kind: 'file' as const, file: new File([text], name) });

  it('reads a valid file', async () => {
    const outcome = await readImportSource(file(serializeEndfirstFile([SAMPLE_WORKSHOP], '2026-11-26T12:00:00.000Z')));
    expect(outcome).toMatchObject({ ok: true, fileName: 'plan.endfirst' });
    expect(outcome.ok && outcome.workshops[0]?.id).toBe(SAMPLE_WORKSHOP.id);
  });

  it('reads text the OS handed over', async () => {
    const outcome = await readImportSource({ kind: 'text', fileName: 'opened.endfirst', contents: '{' });
    expect(outcome).toMatchObject({ ok: false, fileName: 'opened.endfirst' });
    expect(!outcome.ok && outcome.message).toContain('ends too early');
  });

  it('refuses a file over 20 MB by its size, without reading it', async () => {
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'big.endfirst');
    let wasRead = false;
    Object.defineProperty(big, 'text', { value: () => ((wasRead = true), Promise.resolve('')) });
    const outcome = await readImportSource({ kind: 'file', file: big });
    expect(outcome).toMatchObject({ ok: false, fileName: 'big.endfirst' });
    expect(!outcome.ok && outcome.message).toContain('up to 20.0 MB');
    expect(wasRead).toBe(false);
  });

  it('reports a file that cannot be read instead of throwing', async () => {
    const broken = new File(['x'], 'folder');
    Object.defineProperty(broken, 'text', { value: () => Promise.reject(new Error('NotReadableError')) });
    const outcome = await readImportSource({ kind: 'file', file: broken });
    expect(!outcome.ok && outcome.message).toContain('could not be read (NotReadableError)');
  });

  it.each([
    [['Invoice triage'], 0, 'Imported “Invoice triage”'],
    [['Invoice triage'], 1, 'Replaced “Invoice triage”'],
    [['A', 'B'], 0, 'Imported 2 workshops from “all.endfirst”'],
    [['A', 'B', 'C'], 2, 'Imported 3 workshops from “all.endfirst” (2 replaced)'],
  ])('%j with %i replaced → %j', (titles, replaced, message) => {
    const stored = titles.map((title) => ({ meta: { ...SAMPLE_WORKSHOP.meta, title } }));
    expect(importedMessage('all.endfirst', stored, replaced)).toBe(message);
  });
});
