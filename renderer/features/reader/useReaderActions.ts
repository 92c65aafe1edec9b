import { useMemo } from 'react';
import { describeRange } from '../../../shared/anchor/describeRange';
import type { ViewBlock } from '../../../shared/anchor/buildViewBlocks';
import type { Article, CredibilityGrade, Highlight } from '../../../shared/model/Library';
import { useDb } from '../../db/DbContext';
import { createHighlight, deleteHighlight, putHighlight, emptyTrash, restoreHighlight, updateHighlight } from '../../db/repositories/highlightsRepository';
import { saveDocumentNote } from '../../db/repositories/notesRepository';
import { putOverride, toggleOverrideRange } from '../../db/repositories/overridesRepository';
import type { OriginalSegment } from './originalSegments';
import type { ReaderLayout } from './readerLayout';
import type { UndoEntry } from './useUndoStack';

/**
 * Every user action of the reader: each is one repository call (one transaction), written at
 * once, and pushes its undo where it can be undone.
 */
export function useReaderActions(article: Article, layout: ReaderLayout, push: (e: UndoEntry) => void, say: (m: string) => void) {
  const db = useDb();
  return useMemo(() => {
    const versionId = layout.versionId;
    const restoreRow = async (before: Highlight | undefined) => {
      if (before) await putHighlight(db, before);
    };
    return {
      async highlight(range: { start: number; end: number }, color: string): Promise<Highlight | null> {
        const selector = describeRange(layout.original, layout.norm, range.start, range.end);
        if (!selector) {
          say('Nothing to highlight: the selection holds no text.');
          return null;
        }
        const h = await createHighlight(db, { articleId: article.id, versionId, selector, color });
        push({ label: 'Highlight added', undo: () => deleteHighlight(db, h.id) });
        return h;
      },
      note: (id: string, note: string) => updateHighlight(db, id, { note }),
      async color(h: Highlight, color: string) {
        const before = await updateHighlight(db, h.id, { color });
        push({ label: 'Colour changed', undo: () => restoreRow(before) });
      },
      async credibility(h: Highlight, credibility: CredibilityGrade | null) {
        const before = await updateHighlight(db, h.id, { credibility });
        push({ label: credibility ? `Credibility ${credibility}` : 'Credibility cleared', undo: () => restoreRow(before) });
      },
      async accept(h: Highlight) {
        const selector = describeRange(layout.original, layout.norm, h.position.start, h.position.end);
        const before = await updateHighlight(db, h.id, { anchor: 'exact', anchorScore: 1, ...(selector ? { quote: selector.quote } : {}) });
        push({ label: 'New text accepted', undo: () => restoreRow(before) });
      },
      async remove(h: Highlight) {
        await deleteHighlight(db, h.id);
        push({ label: 'Highlight deleted', undo: () => restoreHighlight(db, h.id) });
      },
      async restore(h: Highlight) {
        await restoreHighlight(db, h.id);
        push({ label: 'Highlight restored', undo: () => deleteHighlight(db, h.id) });
      },
      async emptyTrash() {
        const n = await emptyTrash(db, article.id);
        say(`Trash emptied (${n} deleted for good).`);
      },
      documentNote: (text: string) => saveDocumentNote(db, article.id, text),
      async region(seg: OriginalSegment) {
        const list = seg.kind === 'dropped' ? 'dropped' : 'restored';
        const before = await toggleOverrideRange(db, article.id, versionId, list, seg);
        const label = seg.kind === 'removed' ? 'Region restored' : seg.kind === 'restored' ? 'Restored region removed' : 'Block put back';
        push({ label, undo: () => putOverride(db, article.id, before) });
      },
      async block(block: ViewBlock) {
        const before = await toggleOverrideRange(db, article.id, versionId, block.restored ? 'restored' : 'dropped', block);
        push({ label: block.restored ? 'Restored region removed' : 'Block dropped', undo: () => putOverride(db, article.id, before) });
      },
    };
  }, [db, article.id, layout, push, say]);
}

export type ReaderActions = ReturnType<typeof useReaderActions>;
