import { dialog, shell as electronShell, type BrowserWindow } from 'electron';
import { err, ok, type Result } from '../../../shared/ipc/Result';
import { isAllowedExternalUrl } from './isAllowedExternalUrl';

/**
 * The only call of shell.openExternal in the app (a lint rule enforces it). The URL must pass
 * isAllowedExternalUrl (http, https, mailto; no tricks), and the user confirms in a dialog
 * that shows the exact URL, so a clipping cannot launch anything on its own.
 * Resolves ok(true) when opened, ok(false) when the user declined.
 */
export async function safeOpenExternal(raw: unknown, parent: BrowserWindow | null): Promise<Result<boolean>> {
  const verdict = isAllowedExternalUrl(raw);
  if (!verdict.ok) return err({ code: 'refused-url', message: `Not opened: ${verdict.reason}.` });
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: 'Open this link outside Gleaner?',
    detail: verdict.url,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return ok(false);
  try {
    await electronShell.openExternal(verdict.url, { activate: true });
    return ok(true);
  } catch (error) {
    return err({ code: 'open-failed', message: `The system could not open the link: ${error instanceof Error ? error.message : String(error)}` });
  }
}
