import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../export/atomicWrite';
import { nameKey, uniqueName } from '../export/uniqueName';

const entrySchema = z.object({ name: z.string().min(1), path: z.string().min(1), lastOpened: z.number() });
export type FolderEntry = z.infer<typeof entrySchema>;

/**
 * The folders the user has opened, by display name. The renderer only ever sees the name
 * (ImportItem.root) and asks to re-import by it, so absolute paths stay in main. Two folders
 * with the same base name get distinct names ("Clippings (2)"). Saved atomically in userData,
 * which is also how the app remembers the last opened folders.
 */
export class FolderRegistry {
  private entries: FolderEntry[] = [];

  constructor(private readonly file: string) {}

  async load(): Promise<void> {
    const raw = await readFile(this.file, 'utf8').catch(() => '[]');
    try {
      const parsed = z.array(entrySchema).safeParse(JSON.parse(raw));
      this.entries = parsed.success ? parsed.data : [];
    } catch {
      this.entries = [];
    }
  }

  /** The name for `folder` (reusing its old one), marked as opened now. */
  async register(folder: string, preferredName = path.basename(folder) || folder): Promise<string> {
    let entry = this.entries.find((e) => e.path === folder);
    if (!entry) {
      const name = uniqueName(preferredName, new Set(this.entries.map((e) => nameKey(e.name))), { isFolder: true });
      entry = { name, path: folder, lastOpened: 0 };
      this.entries.push(entry);
    }
    entry.lastOpened = Date.now();
    await writeFileAtomic(this.file, `${JSON.stringify(this.entries, null, 2)}\n`);
    return entry.name;
  }

  resolve(name: string): string | null {
    return this.entries.find((e) => e.name === name)?.path ?? null;
  }

  /** Most recently opened first. */
  list(): FolderEntry[] {
    return [...this.entries].sort((a, b) => b.lastOpened - a.lastOpened);
  }
}
