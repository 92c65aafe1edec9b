import type { DirectoryHandleLike } from './readDirectoryHandle';
import { pickedFolderFromFileList, type PickedFolder } from './PickedFile';

/** The File System Access picker where the browser has it (Chromium), else undefined. */
export function directoryPicker(): (() => Promise<DirectoryHandleLike>) | undefined {
  const picker = (window as { showDirectoryPicker?: (options?: object) => Promise<DirectoryHandleLike> }).showDirectoryPicker;
  return picker ? () => picker.call(window, { mode: 'read' }) : undefined;
}

/**
 * Fallback folder pick without the File System Access API: a transient
 * `<input type="file" webkitdirectory>`. Resolves null when the user cancels.
 */
export function pickWithInput(): Promise<PickedFolder | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.webkitdirectory = true;
    input.hidden = true;
    input.addEventListener('change', () => {
      resolve(input.files && input.files.length > 0 ? pickedFolderFromFileList(input.files) : null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}
