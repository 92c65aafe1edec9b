/** A file the user picked, with its path relative to the picked folder ('/'-separated). */
export interface PickedFile {
  path: string;
  file: File;
  /** Set when the file could not be opened (permission, vanished); the import lists it as failed. */
  unreadable?: string;
}

/** A picked folder: its display name and every file under it. */
export interface PickedFolder {
  root: string;
  files: PickedFile[];
}

/**
 * Groups the files of a `<input webkitdirectory>` by their top folder. Each file's
 * webkitRelativePath is "root/sub/name"; a plain multi-file pick has none and gets `fallbackRoot`.
 */
export function pickedFolderFromFileList(files: ArrayLike<File>, fallbackRoot = 'Picked files'): PickedFolder {
  const picked: PickedFile[] = [];
  let root: string | null = null;
  for (const file of Array.from(files)) {
    const relative = file.webkitRelativePath || file.name;
    const slash = relative.indexOf('/');
    if (slash > 0) {
      root ??= relative.slice(0, slash);
      picked.push({ path: relative.slice(slash + 1), file });
    } else picked.push({ path: relative, file });
  }
  return { root: root ?? fallbackRoot, files: picked };
}
