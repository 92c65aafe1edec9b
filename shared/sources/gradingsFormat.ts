import { z } from 'zod';
import type { Result } from '../ipc/Result';
import { SOURCE_GRADES, type Source, type Tag } from '../model/Library';

/**
 * The gradings file: sources with their grades, rationales, history and tags, shared between
 * colleagues. Documented in shared/sources/GRADINGS.md. Bump GRADINGS_VERSION on any change a
 * reader of the old version would misread; readers refuse versions newer than they know.
 */
export const GRADINGS_FORMAT = 'gleaner-gradings';
/** The version this code writes and the newest it reads. */
export const GRADINGS_VERSION = 1;

// Bounds keep a hostile or corrupt file from exhausting memory in the UI that lists it.
const text = (max: number) => z.string().max(max);
const gradeSchema = z.enum(SOURCE_GRADES as unknown as ['A', 'B', 'C', 'D', 'E', 'F']).nullable();
const isoDate = text(40).refine((value) => !Number.isNaN(Date.parse(value)), 'not an ISO date');

const historySchema = z.object({ grade: gradeSchema, rationale: text(20_000), at: isoDate });

const entrySchema = z.object({
  key: text(1_000).min(1),
  name: text(1_000).min(1),
  platform: text(200).nullable().default(null),
  domains: z.array(text(300)).max(100).default([]),
  aliases: z.array(text(1_000)).max(1_000).default([]),
  grade: gradeSchema,
  rationale: text(20_000).default(''),
  history: z.array(historySchema).max(1_000).default([]),
  tags: z.array(text(200)).max(200).default([]),
});

const tagSchema = z.object({ name: text(200).min(1), color: text(50) });

const fileSchema = z.object({
  format: z.literal(GRADINGS_FORMAT),
  version: z.literal(GRADINGS_VERSION),
  exportedAt: isoDate,
  sources: z.array(entrySchema).max(100_000),
  tags: z.array(tagSchema).max(10_000).default([]),
});

/** One source as it appears in a gradings file. */
export type GradingsEntry = z.infer<typeof entrySchema>;
/** A parsed, validated gradings file. */
export type GradingsFile = z.infer<typeof fileSchema>;

/** Builds the file for a set of sources and the tags they use. */
export function buildGradingsFile(sources: Source[], tags: Tag[], now: Date): GradingsFile {
  const used = new Set(sources.flatMap((source) => source.tags));
  return {
    format: GRADINGS_FORMAT,
    version: GRADINGS_VERSION,
    exportedAt: now.toISOString(),
    sources: sources.map((source) => ({
      key: source.key,
      name: source.name,
      platform: source.platform,
      domains: [...source.domains],
      aliases: [...source.aliases],
      grade: source.grade,
      rationale: source.rationale,
      history: source.history.map((entry) => ({ grade: entry.grade, rationale: entry.rationale, at: new Date(entry.at).toISOString() })),
      tags: [...source.tags],
    })),
    tags: tags.filter((tag) => used.has(tag.name)).map((tag) => ({ name: tag.name, color: tag.color })),
  };
}

/** Serializes a gradings file as pretty JSON (people diff these files). */
export function stringifyGradingsFile(file: GradingsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses and validates a gradings file; every failure is a clear message, never a throw. */
export function parseGradingsFile(content: string): Result<GradingsFile> {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/u, ''));
  } catch {
    return { ok: false, error: { code: 'not-json', message: 'This file is not JSON, so it is not a gradings file.' } };
  }
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(data);
  if (!head.success || head.data.format !== GRADINGS_FORMAT) {
    return { ok: false, error: { code: 'not-gradings', message: 'This JSON file is not a Gleaner gradings file.' } };
  }
  if (head.data.version > GRADINGS_VERSION) {
    return { ok: false, error: { code: 'too-new', message: `This gradings file is version ${head.data.version}; this Gleaner reads up to version ${GRADINGS_VERSION}. Update Gleaner to import it.` } };
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return { ok: false, error: { code: 'invalid', message: `The gradings file is damaged${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}.` } };
  }
  return { ok: true, value: parsed.data };
}
