import type { Session } from 'electron';
import { isBlockedRequest } from './navigationPolicy';

/** Counters the e2e suite reads through electronApp.evaluate (globalThis.gleanerSecurityStats). */
export interface SecurityStats {
  cancelledRequests: string[];
  deniedPermissions: string[];
  cancelledDownloads: number;
}

/**
 * Session-wide refusals (SECURITY.md S7, S8, S4): every permission request and check is denied,
 * every device and screen-capture request too; network requests (http, https, ws, wss, ftp)
 * are cancelled, so clipping content can never phone home; downloads are cancelled.
 */
export function hardenSession(session: Session, stats: SecurityStats): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    stats.deniedPermissions.push(permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isBlockedRequest(details.url);
    if (cancel) stats.cancelledRequests.push(details.url);
    callback({ cancel });
  });
  session.on('will-download', (event, item) => {
    stats.cancelledDownloads += 1;
    event.preventDefault();
    item.cancel();
  });
  // Chromium would fetch spell-check dictionaries from a Google CDN.
  session.setSpellCheckerEnabled(false);
}
