import { useCallback, useMemo, useRef, useState } from 'react';
import type { Article, Highlight, Source } from '../../../shared/model/Library';
import { CleanPane } from './CleanPane';
import { OriginalPane } from './OriginalPane';
import { ReaderSidebar } from './ReaderSidebar';
import { ReaderToolbar } from './ReaderToolbar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { originalOffsetAt, selectionToOriginal } from './selectionToOriginal';
import { splitHighlights } from './splitHighlights';
import { usePaneRefs } from './usePaneRefs';
import { usePaneSync } from './usePaneSync';
import { usePainting } from './usePainting';
import { useReaderActions } from './useReaderActions';
import { useReaderKeyboard } from './useReaderKeyboard';
import { useReaderPrefs } from './useReaderPrefs';
import { useUndoStack } from './useUndoStack';
import type { ReaderLayout } from './readerLayout';

/** The loaded reader: panes, toolbar, side panel, keys. */
export function ReaderScreen(props: { article: Article; source: Source | null; layout: ReaderLayout; highlights: Highlight[]; documentNote: string; onClose: () => void }) {
  const { article, layout } = props;
  const [prefs, setPrefs] = useReaderPrefs();
  const undo = useUndoStack();
  const refs = usePaneRefs();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const sync = usePaneSync(refs, layout);
  const actions = useReaderActions(article, layout, undo.push, undo.setMessage);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [activeBlock, setActiveBlock] = useState<number | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [showKeys, setShowKeys] = useState(false);

  const groups = useMemo(() => splitHighlights(props.highlights, layout.versionId), [props.highlights, layout.versionId]);
  const shown = useMemo(() => groups.placed.filter((h) => !hidden.has(h.color)), [groups, hidden]);
  const current = [...groups.placed, ...groups.orphans].find((h) => h.id === currentId) ?? null;
  const rendered = layout.format === 'html' && prefs.htmlView === 'rendered';
  usePainting(refs, layout, shown, current?.anchor === 'orphan' || current?.versionId !== layout.versionId ? null : current, `${rendered}-${prefs.collapseRemoved}-${prefs.fontSize}`);

  const select = useCallback(
    (h: Highlight) => {
      setCurrentId(h.id);
      if (h.versionId === layout.versionId && h.anchor !== 'orphan') sync.showRange(h.position);
    },
    [layout.versionId, sync],
  );

  const highlightSelection = async () => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
    const mapped = range ? selectionToOriginal(range, refs.originalText.current, refs.cleanBody.current, layout) : null;
    if (!mapped) return undo.setMessage('Select some text in the Original or Clean pane first.');
    const h = await actions.highlight(mapped, prefs.lastColor);
    if (h) {
      selection?.removeAllRanges();
      setCurrentId(h.id);
    }
  };

  const step = (delta: number) => {
    const list = shown;
    if (!list.length) return;
    const at = list.findIndex((h) => h.id === currentId);
    const next = list[at < 0 ? (delta > 0 ? 0 : list.length - 1) : (at + delta + list.length) % list.length];
    if (next) select(next);
  };

  useReaderKeyboard({
    highlight: () => void highlightSelection(),
    next: () => step(1),
    previous: () => step(-1),
    note: () => noteRef.current?.focus(),
    credibility: (g) => current && void actions.credibility(current, g),
    deleteCurrent: () => current && void actions.remove(current),
    focusOriginal: () => refs.originalPane.current?.focus(),
    focusClean: () => refs.cleanPane.current?.focus(),
    undo: () => void undo.undo(),
    escape: () => (showKeys ? setShowKeys(false) : setCurrentId(null)),
    shortcuts: () => setShowKeys((v) => !v),
  });

  const onBlockClick = (e: React.MouseEvent) => {
    if (!window.getSelection()?.isCollapsed) return;
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-block-index]');
    if (!el) return;
    const index = Number(el.dataset.blockIndex);
    setActiveBlock(index);
    sync.fromCleanBlock(index);
  };
  const onOriginalClick = (e: React.MouseEvent) => {
    const selection = window.getSelection();
    if (!selection?.isCollapsed || !selection.anchorNode || (e.target as HTMLElement).closest('button')) return;
    const offset = originalOffsetAt(selection.anchorNode, selection.anchorOffset);
    if (offset !== null) setActiveBlock(sync.fromOriginalOffset(offset));
  };

  const block = activeBlock !== null ? layout.blocks[activeBlock] : undefined;
  const blockAction = block ? { label: block.restored ? 'Remove restored block' : 'Drop block from clean text', run: () => void actions.block(block).then(() => setActiveBlock(null)) } : null;
  const style = { '--reader-font-size': `${prefs.fontSize}px` } as React.CSSProperties;

  return (
    <div className={`reader reader--${prefs.theme} reader--width-${prefs.lineWidth}`} style={style} data-ready="reader" data-article-id={article.id}>
      <ReaderToolbar prefs={prefs} setPrefs={setPrefs} onClose={props.onClose} onHighlight={() => void highlightSelection()} blockAction={blockAction} undoLabel={undo.top?.label ?? null} onUndo={() => void undo.undo()} onShortcuts={() => setShowKeys(true)} />
      <p className="reader-status" role="status">{undo.message}</p>
      <div className="reader-panes">
        <OriginalPane
          layout={layout}
          htmlView={prefs.htmlView}
          collapseRemoved={prefs.collapseRemoved}
          onToggleHtmlView={() => setPrefs({ htmlView: prefs.htmlView === 'rendered' ? 'source' : 'rendered' })}
          onToggleCollapse={() => setPrefs({ collapseRemoved: !prefs.collapseRemoved })}
          onRegionAction={(seg) => void actions.region(seg)}
          onTextClick={onOriginalClick}
          paneRef={refs.originalPane}
          scrollRef={refs.originalScroll}
          textRef={refs.originalText}
          markRef={refs.originalMark}
        />
        <CleanPane article={article} source={props.source} layout={layout} onBlockClick={onBlockClick} onScroll={sync.onCleanScroll} paneRef={refs.cleanPane} scrollRef={refs.cleanScroll} bodyRef={refs.cleanBody} markRef={refs.cleanMark} />
        <ReaderSidebar
          groups={groups}
          current={current}
          grade={article.gradeOverride ?? props.source?.grade ?? null}
          names={prefs.colorNames}
          hidden={hidden}
          documentNote={props.documentNote}
          actions={actions}
          noteRef={noteRef}
          onToggleColor={(key) => setHidden((prev) => { const next = new Set(prev); if (!next.delete(key)) next.add(key); return next; })}
          onSelect={select}
          onRename={(key, name) => setPrefs({ colorNames: { ...prefs.colorNames, [key]: name } })}
        />
      </div>
      {showKeys && <ShortcutsDialog onClose={() => setShowKeys(false)} />}
    </div>
  );
}
