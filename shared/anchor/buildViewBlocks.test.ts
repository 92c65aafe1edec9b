import { describe, expect, it } from 'vitest';
import type { CleanBlock } from '../model/CleanArticle';
import { buildViewBlocks } from './buildViewBlocks';

const original = '<nav>Home &gt; News</nav><h1>Title</h1><p>First.</p><div class="share">Share 12</div><p>Second.</p>';
const at = (s: string) => ({ start: original.indexOf(s), end: original.indexOf(s) + s.length });
const blocks: CleanBlock[] = [
  { kind: 'heading', level: 1, text: 'Title', ...at('<h1>Title</h1>') },
  { kind: 'paragraph', text: 'First.', ...at('<p>First.</p>') },
  { kind: 'paragraph', text: 'Second.', ...at('<p>Second.</p>') },
];

describe('buildViewBlocks', () => {
  it('passes the cleaner blocks through without an override', () => {
    expect(buildViewBlocks(blocks, null, original, 'html').map((b) => b.text)).toEqual(['Title', 'First.', 'Second.']);
  });

  it('drops blocks inside a dropped range and restores removed regions in original order', () => {
    const view = buildViewBlocks(
      blocks,
      { dropped: [at('<p>First.</p>')], restored: [at('<nav>Home &gt; News</nav>'), at('<div class="share">Share 12</div>')] },
      original,
      'html',
    );
    expect(view.map((b) => [b.text, b.restored])).toEqual([
      ['Home > News', true],
      ['Title', false],
      ['Share 12', true],
      ['Second.', false],
    ]);
  });

  it('keeps corrections meaningful after a re-clean splits blocks differently', () => {
    const reclean: CleanBlock[] = [{ kind: 'paragraph', text: 'First. Share 12 Second.', start: at('<p>First.</p>').start, end: original.length }];
    const view = buildViewBlocks(reclean, { dropped: [], restored: [at('<div class="share">Share 12</div>')] }, original, 'html');
    expect(view).toHaveLength(1);
  });

  it('ignores ranges outside the original', () => {
    expect(buildViewBlocks(blocks, { dropped: [], restored: [{ start: 5, end: 99999 }] }, original, 'html')).toHaveLength(3);
  });
});
