import type { Platform } from './Platform';
import { createElectronPlatform } from './electronBridge';
import { createWebPlatform } from './web';

let current: Platform | null = null;

/**
 * The one way the renderer reaches its host. The preload bridge (window.gleaner) exists only
 * in the Electron edition, so its presence picks the adapter; the choice is made once.
 */
export function getPlatform(): Platform {
  if (!current) {
    current = typeof window !== 'undefined' && window.gleaner ? createElectronPlatform(window.gleaner) : createWebPlatform();
  }
  return current;
}
