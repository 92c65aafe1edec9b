import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cleanFile } from './cleanFile';

const text = 'Harbour talks resume\n\nNegotiators returned to the harbour city on Monday for a second round of talks about shipping lanes.';

describe('cleanFile', () => {
  it('reads, hashes and cleans a picked file, and carries no html or text', async () => {
    const outcome = await cleanFile(new Blob([text]), 'harbour.txt');
    if (outcome.kind !== 'cleaned' || !outcome.result.ok) throw new Error('the file must clean');
    expect(outcome.size).toBe(new TextEncoder().encode(text).length);
    expect(outcome.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(outcome.result.value.blocks.map((b) => b.text).join(' ')).toContain('Negotiators returned');
    expect('html' in outcome.result.value).toBe(false);
  });

  it('says why a file could not be read, and reports a file the cleaner refuses with its hash', async () => {
    const vanished = { arrayBuffer: () => Promise.reject(new Error('NotFoundError: the file was moved')) } as unknown as Blob;
    expect(await cleanFile(vanished, 'gone.txt')).toEqual({ kind: 'unreadable', message: 'NotFoundError: the file was moved' });
    const pdf = await cleanFile(new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01])]), 'report.html');
    expect(pdf).toMatchObject({ kind: 'cleaned', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), result: { ok: false, error: { code: 'not-text' } } });
    const huge = { size: 21 * 1024 * 1024, lastModified: 5, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await cleanFile(huge, 'huge.html')).toEqual({ kind: 'too-large', size: 21 * 1024 * 1024, mtime: 5 });
  });
});
