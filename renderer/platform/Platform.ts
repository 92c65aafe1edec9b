import type { GleanerApi, ImportOptions } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/Result';
import type { PickedFolder } from './web/PickedFile';

/**
 * What the renderer needs from its host. The Electron edition implements it with the preload
 * bridge (window.gleaner); the web edition with browser APIs (directory picker, a Web Worker
 * for cleaning, downloads). Components reach the host only through getPlatform().
 */
export interface Platform extends GleanerApi {
  readonly kind: 'electron' | 'web';
  /**
   * Web edition only: import files the user picked through the labelled folder input
   * (`<input type="file" webkitdirectory>`). The Electron edition picks folders in main.
   */
  importPickedFolder?(folder: PickedFolder, options?: ImportOptions): Promise<Result<{ jobId: string; root: string }>>;
}
