import type { GleanerApi } from '../../shared/ipc/contract';
import type { Platform } from './Platform';

/**
 * The Electron edition: every verb goes through the preload bridge unchanged. Main does the
 * validation and the dialogs; the renderer only forwards calls and listens to events.
 * (Named electronBridge, not electron.ts: the lint rule that keeps `electron` out of the
 * renderer matches any module path segment called `electron`.)
 */
export function createElectronPlatform(bridge: GleanerApi): Platform {
  // The bridge is a plain object of named verbs (contextBridge copies functions), so spreading keeps them callable.
  return { ...bridge, kind: 'electron' };
}
