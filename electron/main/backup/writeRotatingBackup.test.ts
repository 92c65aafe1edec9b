import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, listBackups, writeRotatingBackup } from './writeRotatingBackup';

let dir: string;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'gleaner-backups-')), 'backups');
});
afterEach(() => rm(path.dirname(dir), { recursive: true, force: true }));

const at = (minute: number) => new Date(Date.UTC(2025, 0, 31, 9, minute, 0, 0));

describe('writeRotatingBackup', () => {
  it('creates the folder and writes the content under a time-stamped name without colons', async () => {
    const result = await writeRotatingBackup(dir, '{"library":"中文 😀"}', { now: at(15) });
    expect(result).toEqual({ written: true, name: 'gleaner-backup-2025-01-31T09-15-00-000Z.json', kept: 1, removed: 0 });
    expect(await readFile(path.join(dir, result.name!), 'utf8')).toBe('{"library":"中文 😀"}');
    expect(await readdir(dir)).toEqual([result.name]);
  });

  it('keeps only the newest N, deleting the oldest first', async () => {
    for (let minute = 0; minute < 5; minute++) await writeRotatingBackup(dir, `backup ${minute}`, { keep: 3, now: at(minute) });
    const names = await listBackups(dir);
    expect(names).toEqual([2, 3, 4].map((m) => backupFileName(at(m))));
    expect(await readFile(path.join(dir, names[0]!), 'utf8')).toBe('backup 2');
    const last = await writeRotatingBackup(dir, 'backup 5', { keep: 3, now: at(5) });
    expect(last).toMatchObject({ kept: 3, removed: 1 });
  });

  it('defaults to keeping 10', async () => {
    for (let minute = 0; minute < 12; minute++) await writeRotatingBackup(dir, 'x', { now: at(minute) });
    expect(await listBackups(dir)).toHaveLength(10);
    expect((await listBackups(dir))[0]).toBe(backupFileName(at(2)));
  });

  it('never overwrites a backup made in the same millisecond, and rotates those in order', async () => {
    const first = await writeRotatingBackup(dir, 'first', { keep: 2, now: at(1) });
    const second = await writeRotatingBackup(dir, 'second', { keep: 2, now: at(1) });
    expect(second.name).toBe(backupFileName(at(1), 1));
    expect(await readFile(path.join(dir, first.name!), 'utf8')).toBe('first');
    await writeRotatingBackup(dir, 'third', { keep: 2, now: at(1) });
    // The oldest of the three (no counter) went; the later two stay.
    expect(await listBackups(dir)).toEqual([backupFileName(at(1), 1), backupFileName(at(1), 2)]);
  });

  it('leaves files the user put there alone, and clears only old leftover temp files', async () => {
    await writeRotatingBackup(dir, 'seed', { keep: 1, now: at(0) });
    await writeFile(path.join(dir, 'my notes.json'), 'mine');
    await writeFile(path.join(dir, 'gleaner-backup-handmade.json'), 'mine too');
    const oldTemp = path.join(dir, '.gleaner-backup-2025-01-01T00-00-00-000Z.json.abcdef.tmp');
    const youngTemp = path.join(dir, '.gleaner-backup-2025-01-31T09-59-00-000Z.json.123456.tmp');
    await writeFile(oldTemp, 'half');
    await writeFile(youngTemp, 'in progress');
    const twoHoursAgo = (at(10).getTime() - 2 * 60 * 60 * 1000) / 1000;
    await utimes(oldTemp, twoHoursAgo, twoHoursAgo);
    const young = at(10).getTime() / 1000;
    await utimes(youngTemp, young, young);

    await writeRotatingBackup(dir, 'next', { keep: 1, now: at(10) });
    expect((await readdir(dir)).sort()).toEqual(
      ['.gleaner-backup-2025-01-31T09-59-00-000Z.json.123456.tmp', backupFileName(at(10)), 'gleaner-backup-handmade.json', 'my notes.json'].sort(),
    );
  });

  it('treats a keep below 1 as 1: the backup just written always stays', async () => {
    const result = await writeRotatingBackup(dir, 'only', { keep: 0, now: at(3) });
    expect(await listBackups(dir)).toEqual([result.name]);
  });
});
