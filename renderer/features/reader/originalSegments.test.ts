import { describe, expect, it } from 'vitest';
import { originalSegments } from './originalSegments';

describe('originalSegments', () => {
  it('covers the whole original, shading removed, restored and dropped ranges', () => {
    const segs = originalSegments(
      100,
      [
        { reason: 'navigation', start: 0, end: 10, text: '' },
        { reason: 'share', start: 50, end: 60, text: '' },
      ],
      { restored: [{ start: 50, end: 60 }], dropped: [{ start: 20, end: 30 }] },
    );
    expect(segs.map((s) => [s.start, s.end, s.kind])).toEqual([
      [0, 10, 'removed'],
      [10, 20, 'text'],
      [20, 30, 'dropped'],
      [30, 50, 'text'],
      [50, 60, 'restored'],
      [60, 100, 'text'],
    ]);
  });

  it('clips overlapping regions instead of repeating text', () => {
    const segs = originalSegments(20, [
      { reason: 'footer', start: 5, end: 15, text: '' },
      { reason: 'other', start: 10, end: 18, text: '' },
    ], null);
    expect(segs.map((s) => [s.start, s.end])).toEqual([[0, 5], [5, 15], [15, 18], [18, 20]]);
  });
});
