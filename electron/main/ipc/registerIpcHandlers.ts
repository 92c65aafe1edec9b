import type { IpcMain, WebContents } from 'electron';
import { INVOKE_CHANNELS, type GleanerInvokeApi } from '../../../shared/ipc/contract';
import { createIpcDispatcher, type InvokeHandlers } from './createIpcDispatcher';

/**
 * Registers one ipcMain.handle per verb, from the contract's channel table: adding a verb to
 * the contract without a handler or a schema is a compile error, and nothing else is handled.
 */
export function registerIpcHandlers(ipcMain: IpcMain, handlers: InvokeHandlers<WebContents>): void {
  const dispatch = createIpcDispatcher(handlers);
  for (const verb of Object.keys(INVOKE_CHANNELS) as (keyof GleanerInvokeApi)[]) {
    ipcMain.handle(INVOKE_CHANNELS[verb], (event, ...args: unknown[]) => dispatch(verb, event, args));
  }
}
