import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanClipping } from './cleanClipping';

// The reader shades removed regions in the original: one that covers kept text would hide the
// article itself. Checked on every golden case input, whatever its format.
const casesDir = join(__dirname, 'cases');
const inputs = readdirSync(casesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(casesDir, d.name)).filter((f) => f.startsWith('input.')).map((f) => join(casesDir, d.name, f)));

describe('removed regions and kept blocks', () => {
  it('has golden inputs to check', () => {
    expect(inputs.length).toBeGreaterThan(10);
  });
  for (const path of inputs) {
    it(`never overlap in ${path.split('/').slice(-2).join('/')}`, () => {
      const result = cleanClipping(new Uint8Array(readFileSync(path)), path);
      if (!result.ok) return;
      const { blocks, removed } = result.value;
      const overlaps = removed.flatMap((r) => blocks.filter((b) => b.start < r.end && r.start < b.end).map((b) => `${r.reason} [${r.start},${r.end}) over "${b.text.slice(0, 30)}"`));
      expect(overlaps).toEqual([]);
    });
  }
});
