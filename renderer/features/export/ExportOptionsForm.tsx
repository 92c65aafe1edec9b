import type { ExportOptions } from '../../../shared/export/ExportModel';
import { DEFAULT_HIGHLIGHT_TEMPLATE, TEMPLATE_VARIABLES, unknownTemplateVariables } from '../../../shared/export/highlightTemplate';
import { HIGHLIGHT_COLORS } from '../reader/highlightColors';

/** The options the user sets; exportedAt is taken when the export runs. */
export type ExportChoices = Omit<ExportOptions, 'exportedAt'>;

/** Mode, grouping, clean text, colours and the highlight template, with the template's variables listed. */
export function ExportOptionsForm({ value, onChange }: { value: ExportChoices; onChange: (next: ExportChoices) => void }) {
  const set = (patch: Partial<ExportChoices>) => onChange({ ...value, ...patch });
  const colors = value.colors ?? HIGHLIGHT_COLORS.map((c) => c.key);
  const toggleColor = (key: string) => {
    const next = colors.includes(key) ? colors.filter((c) => c !== key) : [...colors, key];
    set({ colors: next.length === HIGHLIGHT_COLORS.length ? null : next });
  };
  const unknown = unknownTemplateVariables(value.template);

  return (
    <div className="export-options">
      <fieldset>
        <legend>Write</legend>
        <label><input type="radio" name="mode" checked={value.mode === 'one-file'} onChange={() => set({ mode: 'one-file' })} /> One Markdown file</label>{' '}
        <label><input type="radio" name="mode" checked={value.mode === 'folder'} onChange={() => set({ mode: 'folder' })} /> A folder, one file per article</label>
      </fieldset>
      <label className="field">
        Group by
        <select value={value.groupBy} onChange={(e) => set({ groupBy: e.target.value as ExportChoices['groupBy'] })} aria-label="Group by">
          <option value="article">Article</option>
          <option value="source">Source</option>
          <option value="tag">Tag</option>
        </select>
      </label>
      <label className="field--check">
        <input type="checkbox" checked={value.includeCleanText} onChange={(e) => set({ includeCleanText: e.target.checked })} /> Include the clean full text
      </label>
      <fieldset>
        <legend>Highlight colours</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c.key}><input type="checkbox" checked={colors.includes(c.key)} onChange={() => toggleColor(c.key)} /> {c.name}</label>
        ))}
      </fieldset>
      <details>
        <summary>Highlight template</summary>
        <textarea aria-label="Highlight template" rows={6} value={value.template} onChange={(e) => set({ template: e.target.value })} />
        <button type="button" onClick={() => set({ template: DEFAULT_HIGHLIGHT_TEMPLATE })}>Reset to default</button>
        {unknown.length > 0 && <p role="alert">Unknown variables: {unknown.map((u) => `{{${u}}}`).join(', ')}</p>}
        <dl className="template-variables">
          {Object.entries(TEMPLATE_VARIABLES).map(([name, meaning]) => (
            <div key={name}><dt><code>{`{{${name}}}`}</code></dt><dd>{meaning}</dd></div>
          ))}
        </dl>
      </details>
    </div>
  );
}
