import { describe, expect, it } from 'vitest';
import { makeSegment, type Segment } from '../Segment';
import { classifySegments } from './classifySegments';

const PROSE = 'The council voted on Monday night to close the bridge to cars from next spring, ending a long argument over its future.';
const ZH_PROSE = '过去两年，越来越多的连锁咖啡品牌把门店开进了县城。在一些中部省份的县城，一条主街上就能看到三四家咖啡馆，顾客多是年轻人。';

/** HTML-like segments inside an article container (positive layout evidence). */
function article(...texts: string[]): Segment[] {
  return texts.map((t, i) => {
    const seg = makeSegment(t, i * 300, i * 300 + t.length);
    seg.prior = 0.5;
    return seg;
  });
}

describe('classifySegments: controls in HTML', () => {
  it('six capitalized one- or two-word paragraphs in a row are a widget’s menu', () => {
    const segs = article(PROSE, 'Embed', 'Video Quality', 'Auto', 'High (HD)', 'Medium', 'Low', PROSE);
    classifySegments(segs, 'html');
    expect(segs.slice(1, 7).map((s) => s.reason)).toEqual(Array(6).fill('navigation'));
    expect(segs[0]!.reason).toBeUndefined();
  });

  it('a poem set one short line to a paragraph is not', () => {
    const segs = article(ZH_PROSE, '明者处事，', '莫尚於中。', '优哉游哉，', '与道相从。', '首阳为拙；', '柳惠为工。', ZH_PROSE);
    classifySegments(segs, 'html');
    expect(segs.map((s) => s.reason ?? null)).toEqual(Array(8).fill(null));
  });
});
