import type { WebContents } from 'electron';
import { isNavigationAllowed } from './navigationPolicy';

/**
 * Applied to every WebContents as it is created (app 'web-contents-created'), so no window,
 * frame or future view can escape it: navigation and redirects are denied (S4), new windows
 * are denied, <webview> can never attach.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed({ url: event.url, isMainFrame: event.isMainFrame })) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
