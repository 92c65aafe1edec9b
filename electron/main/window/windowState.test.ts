import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from './windowState';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gleaner-window-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('round-trips a visible state', async () => {
    const file = path.join(dir, 'a.json');
    const state = { x: 100, y: 80, width: 1000, height: 700, maximized: true };
    await saveWindowState(file, state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
    expect(await loadWindowState(file, [screen])).toEqual(state);
  });

  it('drops the position when no screen shows the window', async () => {
    const file = path.join(dir, 'b.json');
    await saveWindowState(file, { x: 5000, y: 80, width: 1000, height: 700, maximized: false });
    expect(await loadWindowState(file, [screen])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it.each([
    ['missing', null],
    ['corrupt', '{"width": 10'],
    ['wrong shape', '{"width":"big","height":700,"maximized":false}'],
    ['too small', '{"width":10,"height":10,"maximized":false}'],
  ])('falls back to the default when the file is %s', async (name, content) => {
    const file = path.join(dir, `${name}.json`);
    if (content !== null) await writeFile(file, content);
    expect(await loadWindowState(file, [screen])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
