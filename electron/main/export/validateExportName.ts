/** A checked relative export name split into its folder segments, or why it was refused. */
export type NameVerdict = { ok: true; segments: string[] } | { ok: false; reason: string };

// Names Windows reserves for devices, with or without an extension ("CON.md" is a device too).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// Characters Windows forbids in names, C0 controls, DEL, and bidi controls that disguise extensions.
const FORBIDDEN = /[<>:"|?*\\\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const MAX_SEGMENT_BYTES = 255;
const MAX_DEPTH = 8;

/**
 * Checks a '/'-separated name the renderer wants written inside a folder the user chose. It
 * must stay inside that folder on every platform, so it refuses what any of them would treat
 * specially: '..' and '.', absolute paths and drive letters, backslashes, reserved device names,
 * trailing dots or spaces (Windows drops them), over-long segments and control characters.
 */
export function validateExportName(name: unknown): NameVerdict {
  if (typeof name !== 'string' || name.length === 0) return { ok: false, reason: 'empty name' };
  if (name.startsWith('/')) return { ok: false, reason: 'absolute path' };
  const segments = name.split('/');
  if (segments.length > MAX_DEPTH) return { ok: false, reason: `more than ${MAX_DEPTH} folder levels` };
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem) return { ok: false, reason: `${problem}: ${JSON.stringify(segment)}` };
  }
  return { ok: true, segments };
}

function segmentProblem(segment: string): string | null {
  if (segment === '') return 'empty path segment';
  if (segment === '.' || segment === '..') return 'dot segment';
  if (FORBIDDEN.test(segment)) return 'forbidden character';
  if (WINDOWS_RESERVED.test(segment)) return 'reserved device name';
  if (/[. ]$/.test(segment)) return 'ends with a dot or space';
  if (new TextEncoder().encode(segment).length > MAX_SEGMENT_BYTES) return 'name longer than 255 bytes';
  return null;
}
