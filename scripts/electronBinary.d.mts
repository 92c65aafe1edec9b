/** Where the Electron executable is, or why there is none; never downloads. */
export function findElectronBinary(): { found: true; path: string } | { found: false; reason: string; packageDir: string | null };
