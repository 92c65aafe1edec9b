// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ArticleVersion } from '../../../shared/model/Library';
import { mountPanesForBenchmark } from './paint/mountPanesForBenchmark';
import { buildReaderLayout, foldVersion } from './readerLayout';
import { originalOffsetAt, selectionToOriginal } from './selectionToOriginal';

const original = 'Home\n\nTitle here\n\nFirst <b>para</b>graph text.\n\nSecond one.';
const at = (s: string) => ({ start: original.indexOf(s), end: original.indexOf(s) + s.length });
const version: ArticleVersion = {
  id: 'v', articleId: 'a', encoding: 'utf-8', original, html: '', text: '', cleanerVersion: 1, importedAt: 0,
  blocks: [
    { kind: 'paragraph', text: 'First paragraph text.', ...at('First <b>para</b>graph text.') },
    { kind: 'paragraph', text: 'Second one.', ...at('Second one.') },
  ],
  removed: [{ reason: 'navigation', text: 'Home', ...at('Home') }],
};

function setup() {
  document.body.replaceChildren();
  const layout = buildReaderLayout(version, 'html', foldVersion(version, 'html'), null);
  return { layout, ...mountPanesForBenchmark(document, layout) };
}

describe('selectionToOriginal', () => {
  it('maps a clean selection across two blocks to original offsets', () => {
    const { layout, original: o, clean } = setup();
    const r = document.createRange();
    r.setStart(clean.children[0]!.firstChild!, 6);
    r.setEnd(clean.children[1]!.firstChild!, 6);
    const mapped = selectionToOriginal(r, o, clean, layout)!;
    expect(mapped.pane).toBe('clean');
    expect(original.slice(mapped.start, mapped.end)).toBe('para</b>graph text.\n\nSecond');
  });

  it('maps an original selection spanning segments', () => {
    const { layout, original: o, clean } = setup();
    const r = document.createRange();
    r.setStart(o.children[0]!.firstChild!, 2);
    r.setEnd(o.children[1]!.firstChild!, 3);
    expect(selectionToOriginal(r, o, clean, layout)).toEqual({ pane: 'original', start: 2, end: 7 });
    expect(originalOffsetAt(o.children[1]!.firstChild!, 3)).toBe(7);
  });

  it('refuses an empty range or one across both panes', () => {
    const { layout, original: o, clean } = setup();
    const r = document.createRange();
    r.setStart(o.children[0]!.firstChild!, 1);
    expect(selectionToOriginal(r, o, clean, layout)).toBeNull();
    r.setEnd(clean.children[0]!.firstChild!, 3);
    expect(selectionToOriginal(r, o, clean, layout)).toBeNull();
  });
});
