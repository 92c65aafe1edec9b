import { describe, expect, it } from 'vitest';
import { cleanPoolSize } from './cleanPoolSize';

describe('cleanPoolSize', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [5, 4],
    [8, 4],
    [64, 4],
    [0, 1],
    [Number.NaN, 1],
  ])('%d cores: %d workers', (cores, size) => {
    expect(cleanPoolSize(cores)).toBe(size);
  });
});
