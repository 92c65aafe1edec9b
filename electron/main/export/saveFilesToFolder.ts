import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFile } from '../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../shared/ipc/Result';
import { isInside } from '../protocol/resolveBundlePath';
import { writeFileNoClobber } from './atomicWrite';
import { nameKey, uniqueName } from './uniqueName';
import { validateExportName } from './validateExportName';

/**
 * Writes an export into a new folder `folderName` (made unique: `Notes (2)`) inside `parent`,
 * the folder the user picked. Every name is checked before anything is written; nothing
 * existing is ever overwritten, and no path can leave the new folder.
 */
export async function saveFilesToFolder(parent: string, folderName: string, files: ExportFile[]): Promise<Result<{ path: string; written: string[] }>> {
  const folderCheck = validateExportName(folderName);
  if (!folderCheck.ok || folderCheck.segments.length !== 1) {
    return err({ code: 'invalid-name', message: `Folder name refused: ${folderCheck.ok ? 'nested folder' : folderCheck.reason}` });
  }
  const checked: { segments: string[]; content: string }[] = [];
  for (const file of files) {
    const verdict = validateExportName(file.name);
    if (!verdict.ok) return err({ code: 'invalid-name', message: `File name refused (${verdict.reason}).` });
    checked.push({ segments: verdict.segments, content: file.content });
  }

  const target = await makeUniqueFolder(parent, folderName);
  const takenByDir = new Map<string, Set<string>>();
  const written: string[] = [];
  for (const { segments, content } of checked) {
    const dir = path.join(target, ...segments.slice(0, -1));
    if (!isInside(target, dir)) return err({ code: 'invalid-name', message: 'A file name leaves the export folder.' });
    await mkdir(dir, { recursive: true });
    let taken = takenByDir.get(dir);
    if (!taken) {
      taken = new Set((await readdir(dir)).map(nameKey));
      takenByDir.set(dir, taken);
    }
    const desired = segments.at(-1) as string;
    let name = uniqueName(desired, taken);
    // Another program may create the same name meanwhile; then take the next free one.
    while (!(await writeFileNoClobber(path.join(dir, name), content))) {
      taken.add(nameKey(name));
      name = uniqueName(desired, taken);
    }
    taken.add(nameKey(name));
    written.push([...segments.slice(0, -1), name].join('/'));
  }
  return ok({ path: target, written });
}

/** Creates `parent/name`, or `name (2)` … when taken; mkdir without `recursive` fails on EEXIST. */
async function makeUniqueFolder(parent: string, name: string): Promise<string> {
  const taken = new Set<string>((await readdir(parent)).map(nameKey));
  for (;;) {
    const candidate = uniqueName(name, taken, { isFolder: true });
    try {
      await mkdir(path.join(parent, candidate));
      return path.join(parent, candidate);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      taken.add(nameKey(candidate));
    }
  }
}
