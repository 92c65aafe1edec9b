import type { GleanerApi } from '../../shared/ipc/contract';

/**
 * What the renderer needs from its host. The Electron edition implements it with the preload
 * bridge (window.gleaner); the web edition with browser APIs (directory picker, a Web Worker
 * for cleaning, downloads). Components reach the host only through getPlatform().
 */
export interface Platform extends GleanerApi {
  readonly kind: 'electron' | 'web';
}
