// Reads an export file: size limit, hostile keys, Zod validation, migration. Kept apart from
// transfer.ts so the dashboard loads Zod only when the learner actually imports something.
import { exportFileSchema, type Progress } from './schema.ts';
import { migrate } from './migrate.ts';
import { isProgress } from './guard.ts';

/** Larger files are refused before parsing: a real export is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const HOSTILE = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsedImport = { ok: true; progress: Progress; drafts: Record<string, string>; exportedAt: string } | { ok: false; error: string };

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** Validates an export file's text. `bytes` is the file size when known (checked before reading). */
export function parseImport(text: string, now: number, bytes = text.length > MAX_IMPORT_BYTES / 4 ? utf8Bytes(text) : text.length): ParsedImport {
  const fail = (error: string): ParsedImport => ({ ok: false, error: error + ' Nothing was changed.' });
  if (bytes > MAX_IMPORT_BYTES) return fail(`The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is 5 MB (a real export is far smaller), so it was not read.`);
  let hostile: string | undefined;
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value) => {
      if (HOSTILE.has(key)) hostile ??= key;
      return value;
    });
  } catch (e) {
    return fail(`This is not a valid JSON file (${(e as Error).message}).`);
  }
  if (hostile) return fail(`The file contains a key named "${hostile}", which ML Dojo never writes; it was refused as unsafe.`);
  const version = (data as { progress?: { version?: unknown } } | null)?.progress?.version;
  if (typeof version === 'number' && version > 2) return fail('The file comes from a newer version of ML Dojo; reload the site and try again.');
  const r = exportFileSchema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'the file'}: ${i.message}`);
    return fail(`This is not an ML Dojo progress export, or it is damaged: ${issues.join('; ')}${r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more problems)` : ''}.`);
  }
  const progress = migrate(r.data.progress, now);
  if (!isProgress(progress)) return fail('The progress in this file could not be upgraded to the current format.');
  return { ok: true, progress, drafts: r.data.drafts, exportedAt: r.data.exportedAt };
}

