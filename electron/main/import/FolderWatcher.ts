import { watch, type FSWatcher } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { FolderChange } from '../../../shared/ipc/contract';
import { walkFolder } from './walkFolder';

export interface FolderWatcherOptions {
  extensions: ReadonlySet<string>;
  maxFileBytes: number;
  debounceMs?: number;
}

// macOS and Windows watch a whole tree natively; elsewhere one watcher per folder.
const NATIVE_RECURSIVE = process.platform === 'darwin' || process.platform === 'win32';

type Known = Map<string, string>; // relative path -> "mtime:size"

/**
 * Reports added, changed and deleted clippings under an opened folder while the app runs.
 * Raw watch events are noisy (several per save, editors' temp files), so each path is settled
 * after a quiet period and compared with what was last seen. Linux has no native recursive
 * watch, and Node's emulation follows the tree itself; here one watcher per folder is added
 * from the same walk the import uses, so symlinks are never followed.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private known: Known = new Map();
  private closed = false;

  constructor(
    private readonly root: string,
    private readonly rootName: string,
    private readonly onChange: (change: FolderChange) => void,
    private readonly options: FolderWatcherOptions,
  ) {}

  async start(): Promise<void> {
    const walk = await walkFolder(this.root, { extensions: this.options.extensions, maxFileBytes: Number.MAX_SAFE_INTEGER });
    this.known = new Map(walk.files.map((f) => [f.relativePath, `${f.mtimeMs}:${f.size}`]));
    if (NATIVE_RECURSIVE) {
      this.watchDir('', true);
    } else {
      for (const dir of ['', ...walk.folders]) this.watchDir(dir, false);
    }
  }

  close(): void {
    this.closed = true;
    for (const w of this.watchers.values()) w.close();
    for (const t of this.timers.values()) clearTimeout(t);
    this.watchers.clear();
    this.timers.clear();
  }

  private async watchTree(relativeDir: string): Promise<void> {
    const walk = await walkFolder(path.join(this.root, relativeDir), { extensions: new Set(), maxFileBytes: 0 }).catch(() => null);
    if (!walk) return;
    for (const dir of ['', ...walk.folders]) this.watchDir(dir ? `${relativeDir}/${dir}` : relativeDir, false);
  }

  private watchDir(relativeDir: string, recursive: boolean): void {
    if (this.closed || this.watchers.has(relativeDir)) return;
    try {
      const watcher = watch(path.join(this.root, relativeDir), { recursive, persistent: false }, (_event, name) => {
        if (name) this.schedule(relativeDir ? `${relativeDir}/${name.toString().replaceAll('\\', '/')}` : name.toString().replaceAll('\\', '/'));
      });
      watcher.on('error', () => this.watchers.delete(relativeDir));
      this.watchers.set(relativeDir, watcher);
    } catch {
      // A folder that vanished or cannot be read is simply not watched.
    }
  }

  private schedule(relativePath: string): void {
    clearTimeout(this.timers.get(relativePath));
    this.timers.set(relativePath, setTimeout(() => void this.settle(relativePath), this.options.debounceMs ?? 300));
  }

  private async settle(relativePath: string): Promise<void> {
    this.timers.delete(relativePath);
    if (this.closed) return;
    const info = await lstat(path.join(this.root, relativePath)).catch(() => null);
    if (info?.isDirectory()) {
      if (!NATIVE_RECURSIVE) await this.watchTree(relativePath);
      return this.rescan(relativePath);
    }
    if (!info) {
      // A deleted folder takes its files (and its watchers) with it.
      for (const [dir, w] of this.watchers) {
        if (dir === relativePath || dir.startsWith(`${relativePath}/`)) {
          w.close();
          this.watchers.delete(dir);
        }
      }
      for (const known of [...this.known.keys()].filter((k) => k === relativePath || k.startsWith(`${relativePath}/`))) {
        this.known.delete(known);
        this.onChange({ root: this.rootName, path: known, kind: 'deleted' });
      }
      return;
    }
    if (!info.isFile() || !this.options.extensions.has(extension(relativePath))) return;
    this.note(relativePath, `${info.mtimeMs}:${info.size}`);
  }

  /** Picks up files in a folder that appeared (or was moved in) before its watcher existed. */
  private async rescan(relativeDir: string): Promise<void> {
    const walk = await walkFolder(path.join(this.root, relativeDir), { extensions: this.options.extensions, maxFileBytes: Number.MAX_SAFE_INTEGER }).catch(() => null);
    for (const file of walk?.files ?? []) this.note(`${relativeDir}/${file.relativePath}`, `${file.mtimeMs}:${file.size}`);
  }

  private note(relativePath: string, signature: string): void {
    const before = this.known.get(relativePath);
    if (before === signature) return;
    this.known.set(relativePath, signature);
    this.onChange({ root: this.rootName, path: relativePath, kind: before === undefined ? 'added' : 'changed' });
  }
}

function extension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
