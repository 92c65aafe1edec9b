import { describe, expect, it } from 'vitest';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import { ingestImportItem } from './importRepository';
import { getDocumentNote, saveDocumentNote } from './notesRepository';

describe('notesRepository', () => {
  it('saves the document note, returns the text it replaced, and counts it', async () => {
    const db = await openTestDb();
    const { articleId } = (await ingestImportItem(db, importedItem('a.txt', 'v1', textArticle('T', 'body')))) as { articleId: string };
    expect(await getDocumentNote(db, articleId)).toBe('');
    expect(await saveDocumentNote(db, articleId, '# 笔记\n待核实')).toBe('');
    expect((await db.articles.get(articleId))!.noteCount).toBe(1);
    expect(await saveDocumentNote(db, articleId, '')).toBe('# 笔记\n待核实');
    expect(await getDocumentNote(db, articleId)).toBe('');
    expect((await db.articles.get(articleId))!.noteCount).toBe(0);
  });
});
