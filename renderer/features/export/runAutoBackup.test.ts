import '../../db/testing/installBackupShims';
import { describe, expect, it } from 'vitest';
// First: fake-indexeddb must be in place before Dexie loads.
import { openTestDb } from '../../db/testing/openTestDb';
import { err, ok } from '../../../shared/ipc/Result';
import type { AutoBackupOptions } from '../../../shared/ipc/contract';
import { getLastBackupAt, setLastBackupAt } from '../../db/repositories/backupRepository';
import { setSetting } from '../../db/repositories/settingsRepository';
import { fixtureArticle, fixtureHighlight } from '../../../shared/export/testing/exportFixtures';
import { runAutoBackup } from './runAutoBackup';

/** A host that keeps what it was asked to write, like main's backups folder would. */
function recordingHost(answer: 'ok' | 'fail' = 'ok') {
  const written: { content: string; options: AutoBackupOptions | undefined }[] = [];
  return {
    written,
    writeAutoBackup: async (content: string, options?: AutoBackupOptions) => {
      written.push({ content, options });
      return answer === 'ok' ? ok({ written: true, name: 'b.json', kept: 1, removed: 0 }) : err({ code: 'disk-full', message: 'No space left on the disk.' });
    },
  };
}

async function libraryWithOneNote() {
  const db = await openTestDb();
  await db.articles.add(fixtureArticle({ title: '标题 😀' }));
  await db.highlights.add(fixtureHighlight('开头', 3, { note: '待核实' }));
  return db;
}

describe('runAutoBackup', () => {
  it('hands the whole library, notes included, to the host with the kept-backups setting', async () => {
    const db = await libraryWithOneNote();
    await setSetting(db, 'autoBackupKeep', 4);
    const host = recordingHost();
    expect(await runAutoBackup(db, host, 1234)).toMatchObject({ ok: true, value: { written: true } });
    expect(host.written).toHaveLength(1);
    const backup = JSON.parse(host.written[0]!.content) as { formatName: string; data: { tables: { name: string; rowCount: number }[] } };
    expect(backup.formatName).toBe('dexie');
    expect(backup.data.tables.find((t) => t.name === 'highlights')?.rowCount).toBe(1);
    expect(host.written[0]!.content).toContain('待核实');
    expect(host.written[0]!.options).toEqual({ keep: 4 });
    expect(await getLastBackupAt(db)).toBe(1234);
  });

  it('does not back up an empty library (it would rotate the good backups out)', async () => {
    const db = await openTestDb();
    const host = recordingHost();
    expect(await runAutoBackup(db, host)).toMatchObject({ ok: true, value: { written: false } });
    expect(host.written).toEqual([]);
  });

  it('keeps the previous "last backup" time when the host could not write', async () => {
    const db = await libraryWithOneNote();
    await setLastBackupAt(db, 99);
    expect(await runAutoBackup(db, recordingHost('fail'), 5000)).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(await getLastBackupAt(db)).toBe(99);

    const never = await libraryWithOneNote();
    await runAutoBackup(never, recordingHost('fail'), 5000);
    expect(await getLastBackupAt(never)).toBeNull();
  });
});
