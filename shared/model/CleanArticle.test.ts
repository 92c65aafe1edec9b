import { describe, expect, it } from 'vitest';
import { cleanClipping } from '../clean/cleanClipping';
import { blocksText, forImport } from './CleanArticle';

const page = new TextEncoder().encode('<html><head><title>Harbour talks resume</title></head><body><article><h1>Harbour talks resume</h1><p>Negotiators returned to the harbour city on Monday for a second round of talks.</p><p>Officials said a joint statement could follow later this week.</p></article></body></html>');

describe('the article an import carries', () => {
  it('drops html and text, which blocksText rebuilds exactly from the blocks', () => {
    const cleaned = cleanClipping(page, 'harbour.html');
    if (!cleaned.ok) throw new Error('the page must clean');
    const imported = forImport(cleaned);
    if (!imported.ok) throw new Error('forImport keeps success');
    expect(Object.keys(imported.value)).not.toContain('html');
    expect(Object.keys(imported.value)).not.toContain('text');
    expect(imported.value.blocks).toBe(cleaned.value.blocks);
    expect(blocksText(imported.value.blocks)).toBe(cleaned.value.text);
  });

  it('passes a failure through unchanged', () => {
    const failed = cleanClipping(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01]), 'report.html');
    expect(failed.ok).toBe(false);
    expect(forImport(failed)).toBe(failed);
  });
});
