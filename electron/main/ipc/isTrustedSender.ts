/** The app's own origin: the renderer bundle served by the app:// protocol handler. */
export const APP_ORIGIN = 'app://bundle';

/** The parts of an IpcMainInvokeEvent the check reads; tests pass plain objects of this shape. */
export interface SenderLike {
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * True only when an IPC call comes from the top-level frame of a page served from app://bundle.
 * A subframe (such as the original pane, which should not reach the bridge at all) or any other
 * origin is refused, so a frame that somehow obtained the bridge still cannot act through it.
 * `senderFrame` is null when the frame navigated or was destroyed before the call arrived.
 */
export function isTrustedSender(event: SenderLike): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // app: is not a special scheme to the WHATWG parser, so URL.origin is "null"; compare parts.
  return url.protocol === 'app:' && url.host === 'bundle' && url.username === '' && url.password === '' && url.port === '';
}
