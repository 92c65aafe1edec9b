// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchor/describeRange';
import type { ArticleVersion } from '../../../../shared/model/Library';
import { buildReaderLayout, foldVersion } from '../readerLayout';
import { mountPanesForBenchmark } from './mountPanesForBenchmark';
import { paintHighlights, type HighlightSink } from './paintHighlights';
import { cleanLocator, originalLocator } from './paneLocators';

const original = '首页 » 资讯\n\n美俄关系现转机\n\n当地时间19日，同在冰岛\n首都雷克雅未克出席会议。\n\nShare this';
const at = (s: string) => ({ start: original.indexOf(s), end: original.indexOf(s) + s.length });
const version: ArticleVersion = {
  id: 'v1', articleId: 'a', encoding: 'utf-8', original, html: '', text: '', cleanerVersion: 1, importedAt: 0,
  blocks: [
    { kind: 'heading', level: 1, text: '美俄关系现转机', ...at('美俄关系现转机') },
    { kind: 'paragraph', text: '当地时间19日，同在冰岛首都雷克雅未克出席会议。', ...at('当地时间19日，同在冰岛\n首都雷克雅未克出席会议。') },
  ],
  removed: [{ reason: 'navigation', text: '首页', ...at('首页 » 资讯') }, { reason: 'share', text: 'Share', ...at('Share this') }],
};

function recordingSink() {
  const painted = new Map<string, string[]>();
  const sink: HighlightSink = {
    set: (name, ranges) => void painted.set(name, ranges.map((r) => (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset))),
    delete: (name) => void painted.delete(name),
  };
  return { painted, sink };
}

describe('paintHighlights', () => {
  it('paints one passage in both panes, across a line break the clean text joined', () => {
    const layout = buildReaderLayout(version, 'text', foldVersion(version, 'text'), null);
    const { original: o, clean: c } = mountPanesForBenchmark(document, layout);
    const sel = describeRange(original, layout.norm, original.indexOf('冰岛'), original.indexOf('首都') + 2)!;
    const { painted, sink } = recordingSink();
    const count = paintHighlights([{ id: 'h', color: 'green', ...sel.position }], [originalLocator(o), cleanLocator(c, layout.blocks, layout.alignments)], ['green', 'blue'], sink);
    expect(count).toBe(2);
    expect(painted.get('gleaner-green')).toEqual(['冰岛\n首都', '冰岛首都']);
    expect(painted.has('gleaner-blue')).toBe(false);
  });

  it('paints a highlight in a removed region only in the original', () => {
    const layout = buildReaderLayout(version, 'text', foldVersion(version, 'text'), null);
    const { original: o, clean: c } = mountPanesForBenchmark(document, layout);
    const { painted, sink } = recordingSink();
    paintHighlights([{ id: 'h', color: 'blue', ...at('Share') }], [originalLocator(o), cleanLocator(c, layout.blocks, layout.alignments)], ['blue'], sink);
    expect(painted.get('gleaner-blue')).toEqual(['Share']);
  });
});
