import { useRef, useState } from 'react';
import { parseGradingsFile, stringifyGradingsFile, type GradingsFile } from '../../../shared/sources/gradingsFormat';
import type { GradingsMergePlan } from '../../../shared/sources/planGradingsMerge';
import { useDb } from '../../db/DbContext';
import { applyGradingsImport, clearAllGradings, exportGradings, planGradingsImport } from '../../db/repositories/gradingsRepository';
import { getPlatform } from '../../platform/getPlatform';
import { GradingsImportDialog } from './GradingsImportDialog';

/** Export, import and clear gradings; reports outcomes through onStatus. */
export function GradingsActions({ onStatus }: { onStatus: (message: string) => void }) {
  const db = useDb();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ file: GradingsFile; plan: GradingsMergePlan } | null>(null);
  const fail = (e: unknown) => onStatus(e instanceof Error ? e.message : String(e));

  const exportFile = async () => {
    const file = await exportGradings(db);
    const saved = await getPlatform().saveTextFile(`gleaner-gradings-${file.exportedAt.slice(0, 10)}.json`, stringifyGradingsFile(file));
    if (!saved.ok) onStatus(saved.error.message);
    else if (saved.value) onStatus(`Exported ${file.sources.length} sources.`);
  };
  const pick = async (chosen: File | undefined) => {
    if (!chosen) return;
    const parsed = parseGradingsFile(await chosen.text());
    if (!parsed.ok) return onStatus(parsed.error.message);
    setPending({ file: parsed.value, plan: await planGradingsImport(db, parsed.value) });
  };
  const clearAll = async () => {
    if (!window.confirm('Clear the grade and rationale of every source? The history keeps a record.')) return;
    onStatus(`Cleared the gradings of ${await clearAllGradings(db)} sources.`);
  };

  return (
    <>
      <button type="button" onClick={() => void exportFile().catch(fail)}>Export gradings</button>
      <button type="button" onClick={() => input.current?.click()}>Import gradings…</button>
      <input ref={input} type="file" accept=".json,application/json" hidden aria-label="Gradings file" onChange={(e) => { void pick(e.target.files?.[0]).catch(fail); e.target.value = ''; }} />
      <button type="button" onClick={() => void clearAll().catch(fail)}>Clear all gradings</button>
      {pending && (
        <GradingsImportDialog
          file={pending.file}
          plan={pending.plan}
          onCancel={() => setPending(null)}
          onApply={(choices) => {
            setPending(null);
            void applyGradingsImport(db, pending.file, choices).then(({ written }) => onStatus(`Imported gradings: ${written} sources updated or added.`), fail);
          }}
        />
      )}
    </>
  );
}
