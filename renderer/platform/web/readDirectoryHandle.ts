import type { PickedFile } from './PickedFile';

/** The slice of the File System Access API used here (not in TypeScript's DOM lib for iteration). */
export interface DirectoryHandleLike {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<DirectoryHandleLike | FileHandleLike>;
}
export interface FileHandleLike {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
}

/** Walks a picked directory. The File System Access API exposes no symlinks, so there is no loop to guard against; depth is bounded anyway. */
export async function readDirectoryHandle(dir: DirectoryHandleLike, signal?: AbortSignal, prefix = '', depth = 0): Promise<PickedFile[]> {
  if (depth > 64) return [];
  const files: PickedFile[] = [];
  for await (const entry of dir.values()) {
    if (signal?.aborted) break;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.kind === 'directory') files.push(...(await readDirectoryHandle(entry, signal, path, depth + 1)));
    else {
      try {
        files.push({ path, file: await entry.getFile() });
      } catch (e) {
        files.push({ path, file: new File([], entry.name), unreadable: e instanceof Error ? e.message : 'unreadable' });
      }
    }
  }
  return files;
}
