// Export, import and reset of everything a learner has on this device. Parsing an import file
// (with Zod) lives in import-file.ts, loaded only when the learner picks a file; a refused or
// failed import changes nothing.
import type { ExportFile, Progress } from './schema.ts';
import type { ParsedImport } from './import-file.ts';
import { DRAFT_PREFIX, EXERCISE_ID, QUARANTINE_PREFIX, validId } from './keys.ts';
import { emptyProgress } from './migrate.ts';
import { mergeProgress } from './merge.ts';
import type { ProgressStore } from './store.ts';

export type { ParsedImport } from './import-file.ts';
export type ImportMode = 'merge' | 'replace';
export type ApplyResult = { ok: true } | { ok: false; error: string };

export const newEpoch = (t: number): string => t.toString(36) + '.' + Math.random().toString(36).slice(2, 8);

/** Every saved draft by exercise id. */
export function listDrafts(storage: Storage | null): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      const id = k?.startsWith(DRAFT_PREFIX) ? k.slice(DRAFT_PREFIX.length) : '';
      if (validId(EXERCISE_ID, id)) out[id] = storage.getItem(k!) ?? '';
    }
  } catch {
    // A partial list is better than none.
  }
  return out;
}

export function buildExport(s: ProgressStore): ExportFile {
  return { format: 'ml-dojo-progress', exportedAt: new Date(s.now()).toISOString(), progress: s.getProgress(), drafts: listDrafts(s.storage) };
}

export function exportFileName(now: number): string {
  return `ml-dojo-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export interface ImportDiff {
  passedAdded: string[];
  passedRemoved: string[];
  attemptedAdded: string[];
  attemptedRemoved: string[];
  completedAdded: string[];
  completedRemoved: string[];
  visitedAdded: number;
  visitedRemoved: number;
  daysAdded: number;
  daysRemoved: number;
  checklistChanged: number;
  planChanged: boolean;
  draftsAdded: string[];
  draftsChanged: string[];
  draftsRemoved: string[];
}

/** The record and drafts an import would leave behind. */
export function importResult(current: Progress, drafts: Record<string, string>, incoming: Extract<ParsedImport, { ok: true }>, mode: ImportMode) {
  return mode === 'replace'
    ? { progress: incoming.progress, drafts: incoming.drafts }
    : // Merge never overwrites a draft on this device: the local one may be newer.
      { progress: mergeProgress(current, incoming.progress), drafts: { ...incoming.drafts, ...drafts } };
}

export function diffProgress(before: Progress, after: Progress, draftsBefore: Record<string, string>, draftsAfter: Record<string, string>): ImportDiff {
  const ids = (r: Record<string, unknown>, keep: (k: string) => boolean = () => true) => new Set(Object.keys(r).filter(keep));
  const added = (a: Set<string>, b: Set<string>) => [...b].filter((x) => !a.has(x)).sort();
  const status = (p: Progress, st: string) => ids(p.exercises, (k) => p.exercises[k].status === st);
  const done = (p: Progress) => ids(p.lessons, (k) => p.lessons[k].complete);
  const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const keys = new Set([...Object.keys(before.checklist), ...Object.keys(after.checklist)]);
  return {
    passedAdded: added(status(before, 'passed'), status(after, 'passed')),
    passedRemoved: added(status(after, 'passed'), status(before, 'passed')),
    attemptedAdded: added(status(before, 'attempted'), status(after, 'attempted')),
    attemptedRemoved: added(status(after, 'attempted'), status(before, 'attempted')),
    completedAdded: added(done(before), done(after)),
    completedRemoved: added(done(after), done(before)),
    visitedAdded: added(ids(before.lessons), ids(after.lessons)).length,
    visitedRemoved: added(ids(after.lessons), ids(before.lessons)).length,
    daysAdded: added(ids(before.activity), ids(after.activity)).length,
    daysRemoved: added(ids(after.activity), ids(before.activity)).length,
    checklistChanged: [...keys].filter((k) => before.checklist[k]?.checked !== after.checklist[k]?.checked).length,
    planChanged: !sameJson(before.plan, after.plan),
    draftsAdded: added(ids(draftsBefore), ids(draftsAfter)),
    draftsChanged: Object.keys(draftsAfter).filter((k) => k in draftsBefore && draftsBefore[k] !== draftsAfter[k]).sort(),
    draftsRemoved: added(ids(draftsAfter), ids(draftsBefore)),
  };
}

export const isEmptyDiff = (d: ImportDiff): boolean =>
  Object.values(d).every((v) => (Array.isArray(v) ? v.length === 0 : v === 0 || v === false));

/**
 * Writes drafts and the record; all or nothing. Drafts are written first and rolled back if the
 * record write fails, and drafts absent from the target are removed only after both succeed.
 */
function writeAll(s: ProgressStore, target: Progress, drafts: Record<string, string>, fresh: boolean): ApplyResult {
  const storage = s.storage;
  if (!storage) return { ok: false, error: 'This browser blocks site storage, so nothing can be saved.' };
  const before = listDrafts(storage);
  const rollback = (touched: string[]) => {
    for (const id of touched) {
      try {
        if (id in before) storage.setItem(DRAFT_PREFIX + id, before[id]);
        else storage.removeItem(DRAFT_PREFIX + id);
      } catch {
        // Restoring a value that fitted before; nothing better to do if even that fails.
      }
    }
  };
  const touched: string[] = [];
  for (const [id, code] of Object.entries(drafts)) {
    if (before[id] === code) continue;
    touched.push(id);
    if (!s.saveDraft(id, code).ok) {
      rollback(touched);
      return { ok: false, error: 'Storage for this site is full, so the import could not be saved. Nothing was changed.' };
    }
  }
  const epoch = fresh ? newEpoch(s.now()) : undefined;
  const res = s.update((p) => {
    const next = structuredClone(target);
    for (const k of Object.keys(p)) delete (p as Partial<Progress>)[k as keyof Progress];
    Object.assign(p, next, { epoch: epoch ?? p.epoch ?? next.epoch });
  }, false);
  if (!res.ok) {
    rollback(touched);
    return { ok: false, error: res.reason === 'quota' ? 'Storage for this site is full, so the import could not be saved. Nothing was changed.' : 'Progress cannot be saved in this browser right now. Nothing was changed.' };
  }
  for (const id of Object.keys(before)) if (!(id in drafts)) s.clearDraft(id);
  return { ok: true };
}

export function applyImport(s: ProgressStore, incoming: Extract<ParsedImport, { ok: true }>, mode: ImportMode): ApplyResult {
  // Merge recomputes on top of the freshest stored record, in case another tab wrote meanwhile.
  const current = s.getProgress();
  const { progress, drafts } = importResult(current, listDrafts(s.storage), incoming, mode);
  return writeAll(s, progress, drafts, mode === 'replace');
}

/** Deletes all progress and drafts. Quarantined backups stay: they are only deleted one by one. */
export function resetAll(s: ProgressStore): ApplyResult {
  return writeAll(s, emptyProgress(), {}, true);
}

export function listQuarantined(storage: Storage | null): { key: string; chars: number }[] {
  const out: { key: string; chars: number }[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(QUARANTINE_PREFIX)) out.push({ key: k, chars: storage.getItem(k)?.length ?? 0 });
    }
  } catch {
    // Partial list.
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
