import type { Stats } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../protocol/resolveBundlePath';
import { fsErrorReason } from './fsErrorReason';

/** A clipping file the walk found; nothing has been read from it yet. */
export interface WalkedFile {
  absolutePath: string;
  /** '/'-separated, relative to the root. */
  relativePath: string;
  size: number;
  mtimeMs: number;
}

/** An entry the walk will not read, with the reason in words. Oversized files count as failed. */
export interface WalkIssue {
  relativePath: string;
  status: 'skipped' | 'failed';
  reason: string;
  tooLarge?: boolean;
}

export interface WalkOptions {
  /** Lower-case extensions without the dot. */
  extensions: ReadonlySet<string>;
  maxFileBytes: number;
  maxFiles?: number;
  maxDepth?: number;
  signal?: AbortSignal;
}

export interface WalkResult {
  /** The root's real path (symlinks in the chosen path itself are resolved once, here). */
  root: string;
  files: WalkedFile[];
  issues: WalkIssue[];
  /** Every folder visited below the root, '/'-separated (the watcher watches these). */
  folders: string[];
}

const MB = 1024 * 1024;

/**
 * Lists the clippings under `root` without reading any of them. It uses lstat and never follows
 * a symbolic link, so links out of the folder, link loops (which make Node 20's recursive
 * readdir spin forever) and device or FIFO files cannot hang it or leak outside files into the
 * library. Everything not imported is listed with its reason.
 */
export async function walkFolder(root: string, options: WalkOptions): Promise<WalkResult> {
  const rootReal = await realpath(root);
  const maxFiles = options.maxFiles ?? 100_000;
  const maxDepth = options.maxDepth ?? 64;
  const files: WalkedFile[] = [];
  const issues: WalkIssue[] = [];
  const folders: string[] = [];
  const stack: { absolute: string; relative: string; depth: number }[] = [{ absolute: rootReal, relative: '', depth: 0 }];

  while (stack.length > 0 && !options.signal?.aborted) {
    const dir = stack.pop() as (typeof stack)[number];
    if (dir.relative) folders.push(dir.relative);
    let names: string[];
    try {
      names = (await readdir(dir.absolute)).sort();
    } catch (error) {
      issues.push({ relativePath: dir.relative || '.', status: 'skipped', reason: `folder ${fsErrorReason(error)}` });
      continue;
    }
    const subfolders: typeof stack = [];
    for (const name of names) {
      const absolute = path.join(dir.absolute, name);
      const relative = dir.relative ? `${dir.relative}/${name}` : name;
      let info: Stats;
      try {
        info = await lstat(absolute);
      } catch (error) {
        issues.push({ relativePath: relative, status: 'skipped', reason: fsErrorReason(error) });
        continue;
      }
      if (info.isDirectory()) {
        if (name.startsWith('.')) issues.push({ relativePath: relative, status: 'skipped', reason: 'hidden folder' });
        else if (dir.depth + 1 > maxDepth) issues.push({ relativePath: relative, status: 'skipped', reason: `nested deeper than ${maxDepth} folders` });
        else subfolders.push({ absolute, relative, depth: dir.depth + 1 });
      } else if (info.isSymbolicLink()) {
        issues.push({ relativePath: relative, status: 'skipped', reason: await describeSymlink(rootReal, absolute) });
      } else if (!info.isFile()) {
        issues.push({ relativePath: relative, status: 'skipped', reason: describeSpecialFile(info) });
      } else if (!options.extensions.has(extensionOf(name))) {
        issues.push({ relativePath: relative, status: 'skipped', reason: `not a clipping type (${extensionOf(name) ? `.${extensionOf(name)}` : 'no extension'})` });
      } else if (info.size > options.maxFileBytes) {
        const limit = Math.round(options.maxFileBytes / MB);
        issues.push({ relativePath: relative, status: 'failed', tooLarge: true, reason: `over the ${limit} MB limit (${(info.size / MB).toFixed(1)} MB); not read` });
      } else if (files.length >= maxFiles) {
        issues.push({ relativePath: relative, status: 'skipped', reason: `more than ${maxFiles} clippings in one folder` });
      } else {
        files.push({ absolutePath: absolute, relativePath: relative, size: info.size, mtimeMs: info.mtimeMs });
      }
    }
    // Reverse so the stack pops folders in name order: results come out sorted, stable across runs.
    stack.push(...subfolders.reverse());
  }
  return { root: rootReal, files, issues, folders };
}

/** The lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

async function describeSymlink(rootReal: string, link: string): Promise<string> {
  // realpath only resolves names; it reads no file content, so it is safe on hostile targets.
  const target = await realpath(link).catch((error: unknown) => error);
  if (typeof target !== 'string') {
    return (target as { code?: string }).code === 'ELOOP' ? 'symbolic link loop; not followed' : 'broken symbolic link';
  }
  return isInside(rootReal, target)
    ? 'symbolic link within the folder; not followed (its target is imported under its own name)'
    : 'symbolic link pointing outside the folder; not followed';
}

function describeSpecialFile(info: Stats): string {
  if (info.isFIFO()) return 'named pipe (FIFO); not read';
  if (info.isSocket()) return 'socket; not read';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device file; not read';
  return 'not a regular file; not read';
}
