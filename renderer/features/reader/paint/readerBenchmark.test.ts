// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ArticleVersion } from '../../../../shared/model/Library';
import { sampleHighlights, timeReaderOpen, timeReanchor } from './readerBenchmark';

function bigVersion(id: string, paragraphs: string[]): ArticleVersion {
  let original = '';
  const blocks: ArticleVersion['blocks'] = [];
  for (const p of paragraphs) {
    blocks.push({ kind: 'paragraph', text: p, start: original.length, end: original.length + p.length });
    original += `${p}\n\n`;
  }
  return { id, articleId: 'a', encoding: 'utf-8', original, blocks, removed: [], html: '', text: '', cleanerVersion: 1, importedAt: 0 };
}

const para = (i: number) => `第${i}段：当地时间19日，同在冰岛首都雷克雅未克出席北极理事会部长级会议的美国国务卿和俄罗斯外长举行会晤，双方表示会谈富有建设性。Paragraph ${i} in English too.`;

describe('readerBenchmark', () => {
  it('paints every sample highlight in both panes', () => {
    const version = bigVersion('v1', Array.from({ length: 300 }, (_, i) => para(i)));
    const highlights = sampleHighlights(version, 'text', 200);
    expect(highlights).toHaveLength(200);
    const result = timeReaderOpen(document, version, 'text', highlights);
    expect(result.ranges).toBe(400);
  });

  it('re-anchors sample highlights after an edit and reports their states', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => para(i));
    const v1 = bigVersion('v1', paragraphs);
    const v2 = bigVersion('v2', ['新增导语。', ...paragraphs]);
    const result = timeReanchor(sampleHighlights(v1, 'text', 50), v2, 'text');
    expect(result.states).toEqual({ moved: 50 });
  });
});
