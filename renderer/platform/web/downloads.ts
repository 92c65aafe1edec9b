import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from '../../../shared/ipc/contract';

/** Hands a blob to the browser as a download; the browser's own dialog or folder decides where it goes. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Zips export files under one folder name. Names arrive '/'-separated and relative; any `..`,
 * empty or absolute segment is dropped so an entry cannot escape the folder when unzipped.
 */
export function zipExportFiles(folder: string, files: ExportFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    const safe = file.name.split(/[/\\]/).filter((s) => s && s !== '.' && s !== '..').join('/');
    if (!safe) continue;
    let name = `${folder}/${safe}`;
    // Never let a later file overwrite an earlier one with the same name.
    for (let n = 2; name in entries; n++) name = `${folder}/${safe.replace(/(\.[^./]*)?$/, ` (${n})$1`)}`;
    entries[name] = strToU8(file.content);
  }
  return zipSync(entries);
}
