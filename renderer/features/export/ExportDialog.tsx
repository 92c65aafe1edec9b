import { useState } from 'react';
import { exportMarkdown } from '../../../shared/export/exportMarkdown';
import { DEFAULT_HIGHLIGHT_TEMPLATE } from '../../../shared/export/highlightTemplate';
import { useDb } from '../../db/DbContext';
import { loadExportItems } from '../../db/repositories/exportRepository';
import { getPlatform } from '../../platform/getPlatform';
import { ExportOptionsForm, type ExportChoices } from './ExportOptionsForm';
import './export.css';

const DEFAULT_CHOICES: ExportChoices = { mode: 'one-file', groupBy: 'article', includeCleanText: false, colors: null, template: DEFAULT_HIGHLIGHT_TEMPLATE };

/**
 * Exports the notes of the given articles (one, the selection or the current view) or of the
 * whole library as Markdown: one file through the save dialog, or a folder (a zip in the web
 * edition). The host never overwrites a file without asking and never writes outside the folder.
 */
export function ExportDialog({ articleIds, onClose }: { articleIds: string[]; onClose: () => void }) {
  const db = useDb();
  const [scope, setScope] = useState<'given' | 'all'>(articleIds.length > 0 ? 'given' : 'all');
  const [choices, setChoices] = useState<ExportChoices>(DEFAULT_CHOICES);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const items = await loadExportItems(db, scope === 'all' ? 'all' : articleIds, choices.includeCleanText);
      if (items.length === 0) return setStatus('Nothing to export.');
      const exportedAt = new Date();
      const files = exportMarkdown(items, { ...choices, exportedAt });
      const platform = getPlatform();
      const [first] = files;
      const result = choices.mode === 'one-file' && first
        ? await platform.saveTextFile(first.name, first.content)
        : await platform.saveFolder(`Gleaner notes ${exportedAt.toISOString().slice(0, 10)}`, files);
      if (!result.ok) setStatus(result.error.message);
      else if (result.value) setStatus(`Exported ${items.length} article${items.length === 1 ? '' : 's'} to ${result.value.path}.`);
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div role="dialog" aria-modal="true" aria-label="Export notes" className="dialog export-dialog" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <h2>Export notes as Markdown</h2>
      <fieldset>
        <legend>Articles</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'given'} disabled={articleIds.length === 0} onChange={() => setScope('given')} />{' '}
          {articleIds.length === 1 ? 'This article' : `These ${articleIds.length} articles`}
        </label>{' '}
        <label><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> The whole library</label>
      </fieldset>
      <ExportOptionsForm value={choices} onChange={setChoices} />
      <div className="dialog__actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>Export</button>
        <button type="button" onClick={onClose}>Close</button>
        {status && <span role="status">{status}</span>}
      </div>
    </div>
  );
}
