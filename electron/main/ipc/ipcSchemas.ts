import { z } from 'zod';
import type { GleanerInvokeApi } from '../../../shared/ipc/contract';

const MAX_TEXT = 64 * 1024 * 1024;
// A library backup with its originals can outgrow an export; still bounded so a runaway page cannot fill the disk.
const MAX_BACKUP = 512 * 1024 * 1024;
const shortText = (max: number) => z.string().min(1).max(max);

/**
 * The runtime shape of each verb's arguments. The renderer is untrusted input like any other:
 * types vanish at the process boundary, so main parses every call against these before acting.
 * Paths never come from the renderer; only names, which the export writer checks again.
 */
export const INVOKE_ARGUMENT_SCHEMAS = {
  importFolder: z.tuple([z.strictObject({ extraExtensions: z.array(z.string().regex(/^\.?[A-Za-z0-9]{1,12}$/)).max(32).optional() })]),
  importSamples: z.tuple([]),
  reimportFolder: z.tuple([shortText(512)]),
  cancelImport: z.tuple([shortText(64)]),
  importItemsStored: z.tuple([shortText(64), z.number().int().min(1).max(1_000_000)]),
  saveTextFile: z.tuple([shortText(255), z.string().max(MAX_TEXT)]),
  saveFolder: z.tuple([shortText(255), z.array(z.strictObject({ name: shortText(1024), content: z.string().max(MAX_TEXT) })).max(20_000)]),
  openExternal: z.tuple([z.string().max(4096)]),
  appInfo: z.tuple([]),
  writeAutoBackup: z.tuple([z.string().min(1).max(MAX_BACKUP), z.strictObject({ keep: z.number().int().min(1).max(1000).optional() }).optional()]),
} as const satisfies Record<keyof GleanerInvokeApi, z.ZodType<unknown[]>>;
