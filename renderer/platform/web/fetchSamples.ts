import type { PickedFile } from './PickedFile';

/** The root name the bundled samples are imported under (the Electron edition uses the same). */
export const SAMPLES_ROOT = 'Sample clippings';

/** Fetches the bundled sample clippings from our own origin: samples/index.json lists their file names. */
export async function fetchSamples(): Promise<PickedFile[]> {
  const index = await fetch('samples/index.json');
  if (!index.ok) throw new Error(`The sample clippings are missing from this build (HTTP ${index.status}).`);
  const names: unknown = await index.json();
  if (!Array.isArray(names) || !names.every((n): n is string => typeof n === 'string' && !n.includes('/') && !n.startsWith('.'))) {
    throw new Error('samples/index.json is not a list of file names.');
  }
  return Promise.all(
    names.map(async (name) => {
      const response = await fetch(`samples/${encodeURIComponent(name)}`);
      if (!response.ok) return { path: name, file: new File([], name), unreadable: `HTTP ${response.status}` };
      return { path: name, file: new File([await response.blob()], name) };
    }),
  );
}
