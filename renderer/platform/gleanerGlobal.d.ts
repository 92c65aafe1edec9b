import type { GleanerApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The preload bridge; present only in the Electron edition. */
    gleaner?: GleanerApi;
  }
}

export {};
