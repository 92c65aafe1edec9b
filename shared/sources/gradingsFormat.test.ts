import { describe, expect, it } from 'vitest';
import type { Source } from '../model/Library';
import { buildGradingsFile, parseGradingsFile, stringifyGradingsFile } from './gradingsFormat';

const source = (over: Partial<Source> = {}): Source => ({
  id: 's1', name: '网易号 · 傲骨真心', key: 'acct:网易号:傲骨真心', platform: '网易号', domains: [], aliases: [],
  grade: 'D', rationale: 'Anonymous account; "quotes" & <tags> kept', history: [{ grade: 'D', rationale: 'first look', at: Date.UTC(2024, 0, 2) }],
  tags: ['self-media'], updatedAt: 1, ...over,
});

describe('gradings file', () => {
  it('round-trips sources, history and the tags they use', () => {
    const file = buildGradingsFile([source(), source({ id: 's2', key: 'name:bbc news', name: 'BBC News', platform: null, grade: null, rationale: '', history: [], tags: [] })],
      [{ name: 'self-media', color: '#f90' }, { name: 'unused', color: '#000' }], new Date(Date.UTC(2024, 5, 1)));
    const parsed = parseGradingsFile(stringifyGradingsFile(file));
    expect(parsed).toEqual({ ok: true, value: file });
    expect(file.tags).toEqual([{ name: 'self-media', color: '#f90' }]);
    expect(file.sources[0]?.history[0]?.at).toBe('2024-01-02T00:00:00.000Z');
    // The id is local to one library and never leaves it.
    expect(JSON.stringify(file)).not.toContain('"id"');
  });

  it('accepts a BOM and fills defaults for optional fields', () => {
    const minimal = { format: 'gleaner-gradings', version: 1, exportedAt: '2024-06-01T00:00:00Z', sources: [{ key: 'name:x', name: 'X', grade: 'A' }] };
    const parsed = parseGradingsFile(`\uFEFF${JSON.stringify(minimal)}`);
    expect(parsed.ok && parsed.value.sources[0]).toEqual({ key: 'name:x', name: 'X', platform: null, domains: [], aliases: [], grade: 'A', rationale: '', history: [], tags: [] });
  });

  it.each([
    ['not json', 'not-json'],
    ['{"format":"other","version":1}', 'not-gradings'],
    ['[1,2]', 'not-gradings'],
    ['{"format":"gleaner-gradings","version":2,"exportedAt":"2024-01-01","sources":[]}', 'too-new'],
    ['{"format":"gleaner-gradings","version":1,"exportedAt":"2024-01-01","sources":[{"key":"k","name":"n","grade":"G"}]}', 'invalid'],
    ['{"format":"gleaner-gradings","version":1,"exportedAt":"yesterday","sources":[]}', 'invalid'],
    ['{"format":"gleaner-gradings","version":1,"exportedAt":"2024-01-01","sources":[{"key":"","name":"n","grade":null}]}', 'invalid'],
  ])('rejects %s as %s with a message', (content, code) => {
    const parsed = parseGradingsFile(content);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      expect(parsed.error.message.length).toBeGreaterThan(10);
    }
  });

  it('names where a damaged file is damaged', () => {
    const parsed = parseGradingsFile('{"format":"gleaner-gradings","version":1,"exportedAt":"2024-01-01","sources":[{"key":"k","name":"n","grade":"Z"}]}');
    expect(!parsed.ok && parsed.error.message).toContain('sources.0.grade');
  });
});
