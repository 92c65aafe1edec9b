import { describe, expect, it, vi } from 'vitest';
import { ImportWindow, type Schedule } from './ImportWindow';

const timers: Schedule = (fn, ms) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('ImportWindow', () => {
  it('lets lanes go while fewer than the limit wait to be stored, and holds them until the store catches up', async () => {
    const window = new ImportWindow(3, timers);
    for (let i = 0; i < 2; i++) window.sent();
    expect(await settled(window.room())).toBe(true);
    window.sent();
    const held = window.room();
    expect(await settled(held)).toBe(false);
    window.stored(1);
    expect(await settled(held)).toBe(true);
    expect(window.waiting).toBe(2);
  });

  it('never holds a lane forever: a cancelled import or a missing acknowledgement lets it go', async () => {
    vi.useFakeTimers();
    try {
      const window = new ImportWindow(1, timers, 5000);
      window.sent();
      const controller = new AbortController();
      const cancelled = window.room(controller.signal);
      const forgotten = window.room();
      controller.abort();
      await expect(cancelled).resolves.toBeUndefined();
      let done = false;
      void forgotten.then(() => (done = true));
      await vi.advanceTimersByTimeAsync(4999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
