import { describe, expect, it } from 'vitest';
import {
  createWorkshop,
  EndfirstFileSchema,
  MAX_FILE_BYTES,
  parseEndfirstFile,
  serializeEndfirstFile,
  type Workshop,
} from '../../../../shared/domain';
import { SAMPLE_WORKSHOP } from '../../../../shared/method';

const EXPORTED_AT = '2026-11-26T12:00:00.000Z';
let n = 0;
const newId = () => `33333333-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
const another = (): Workshop =>
  createWorkshop({ id: '44444444-4444-4444-8444-444444444444', now: '2026-11-20T08:00:00.000Z', template: 'express', title: 'Claims', newId });

describe('serializeEndfirstFile', () => {
  it('writes one workshop in the single form, pretty-printed, ending with a newline', () => {
    const text = serializeEndfirstFile([SAMPLE_WORKSHOP], EXPORTED_AT);
    expect(text.startsWith('{\n  "format": "endfirst",\n  "version": 1,\n  "exportedAt": "2026-11-26T12:00:00.000Z",\n  "workshop": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(EndfirstFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('writes several workshops in the bundle form ("Export all")', () => {
    const file = JSON.parse(serializeEndfirstFile([SAMPLE_WORKSHOP, another()], EXPORTED_AT)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'workshops']);
    expect(EndfirstFileSchema.safeParse(file).success).toBe(true);
  });

  it('refuses to write a file with no workshop in it', () => {
    expect(() => serializeEndfirstFile([], EXPORTED_AT)).toThrow(RangeError);
  });
});

describe('parseEndfirstFile', () => {
  it('round-trips the sample exactly', () => {
    const result = parseEndfirstFile(serializeEndfirstFile([SAMPLE_WORKSHOP], EXPORTED_AT));
    expect(result).toEqual({ ok: true, kind: 'single', workshops: [SAMPLE_WORKSHOP] });
  });

  it('round-trips a bundle exactly, in order', () => {
    const workshops = [SAMPLE_WORKSHOP, another()];
    expect(parseEndfirstFile(serializeEndfirstFile(workshops, EXPORTED_AT))).toEqual({ ok: true, kind: 'bundle', workshops });
  });

  it('refuses a file whose size on disk is over the limit, whatever the text', () => {
    const text = serializeEndfirstFile([SAMPLE_WORKSHOP], EXPORTED_AT);
    const result = parseEndfirstFile(text, { byteLength: MAX_FILE_BYTES + 1 });
    expect(result.ok ? 'ok' : result.problem.code).toBe('too-large');
  });

  it('accepts a file of exactly the limit and measures UTF-8, not string length', () => {
    const head = serializeEndfirstFile([another()], EXPORTED_AT);
    const exactly = head + ' '.repeat(MAX_FILE_BYTES - head.length);
    expect(parseEndfirstFile(exactly).ok).toBe(true);
    // One 'é' is 2 bytes: the same length in characters is now one byte over.
    const oneOver = `${head.slice(0, -2)}é}\n${' '.repeat(MAX_FILE_BYTES - head.length - 1)}`;
    expect(oneOver.length).toBe(MAX_FILE_BYTES);
    const result = parseEndfirstFile(oneOver);
    expect(result.ok ? 'ok' : result.problem.code).toBe('too-large');
  });

  it('plays an older app: a workshop newer than appSchemaVersion is refused with the update hint', () => {
    const result = parseEndfirstFile(serializeEndfirstFile([SAMPLE_WORKSHOP], EXPORTED_AT), { appSchemaVersion: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe('newer-version');
      expect(result.problem.message).toContain('This file was made by a newer version of Endfirst');
      expect(result.problem.message).toContain('Update Endfirst');
    }
  });

  it('names the bundle member at fault', () => {
    const broken = JSON.parse(serializeEndfirstFile([SAMPLE_WORKSHOP, another()], EXPORTED_AT)) as { workshops: Workshop[] };
    (broken.workshops[1]!.meta as Record<string, unknown>).title = 7;
    const result = parseEndfirstFile(JSON.stringify(broken));
    expect(result.ok ? undefined : result.problem.path).toBe('workshops[1].meta.title');
  });

  it('counts the further problems so nobody fixes one and hits the next blind', () => {
    const broken = JSON.parse(serializeEndfirstFile([SAMPLE_WORKSHOP], EXPORTED_AT)) as { workshop: Record<string, Record<string, unknown>> };
    broken.workshop.meta!.title = 7;
    broken.workshop.meta!.organisation = 8;
    const result = parseEndfirstFile(JSON.stringify(broken));
    expect(result.ok ? '' : result.problem.message).toContain('(1 more problem after this one.)');
  });

  it('never throws, whatever the damage: every cut and every corrupted byte gives a result', () => {
    const text = serializeEndfirstFile([SAMPLE_WORKSHOP], EXPORTED_AT);
    const damaged: string[] = [];
    for (let at = 0; at < text.length; at += 397) {
      damaged.push(text.slice(0, at));
      damaged.push(`${text.slice(0, at)}\u0000${text.slice(at + 1)}`);
      damaged.push(`${text.slice(0, at)}"${text.slice(at + 1)}`);
      damaged.push(`${text.slice(0, at)}{${text.slice(at)}`);
    }
    for (const candidate of damaged) {
      const result = parseEndfirstFile(candidate);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.problem.message.length).toBeGreaterThan(10);
    }
  });

  it('never throws on strange top-level values', () => {
    for (const text of ['null', 'true', '0', '-0', '1e999', '[]', '{}', '""', '{"format":"endfirst","version":1}', '{"format":"endfirst","version":1,"exportedAt":"2026-11-26T12:00:00.000Z","workshop":null}', '{"format":"endfirst","version":1,"exportedAt":"2026-11-26T12:00:00.000Z","workshops":{}}']) {
      const result = parseEndfirstFile(text);
      expect(result.ok, text).toBe(false);
    }
  });
});
