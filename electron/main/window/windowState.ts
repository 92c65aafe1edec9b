import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../export/atomicWrite';

/** Window geometry remembered between runs. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(480).max(20_000),
  height: z.number().int().min(360).max(20_000),
  maximized: z.boolean(),
});

/** A rectangle of usable screen space (Electron's Display.workArea). */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Reads the saved state; a missing, corrupt or off-screen state (a monitor was unplugged)
 * falls back to the default size, centered, rather than a window nobody can see.
 */
export async function loadWindowState(file: string, screens: Area[]): Promise<WindowState> {
  const raw = await readFile(file, 'utf8').catch(() => null);
  if (raw === null) return DEFAULT_WINDOW_STATE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const result = windowStateSchema.safeParse(parsed);
  if (!result.success) return DEFAULT_WINDOW_STATE;
  const state = result.data;
  if (state.x === undefined || state.y === undefined) return { width: state.width, height: state.height, maximized: state.maximized };
  const visible = screens.some((s) => state.x! + 100 <= s.x + s.width && state.x! + state.width - 100 >= s.x && state.y! >= s.y && state.y! + 50 <= s.y + s.height);
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

/** Saves atomically, so a crash mid-write never leaves a half-written file behind. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(state)}\n`);
}
