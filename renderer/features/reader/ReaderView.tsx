/** The reader: original and clean panes side by side. Placeholder until the panes land. */
export function ReaderView({ articleId, onClose }: { articleId: string; onClose: () => void }) {
  return (
    <div className="reader" data-article-id={articleId}>
      <button type="button" onClick={onClose} aria-label="Close reader">Close</button>
    </div>
  );
}
