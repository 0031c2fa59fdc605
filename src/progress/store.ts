// The progress store: one versioned localStorage record plus one key per code draft.
// Rules that keep progress from ever being lost:
// - every write re-reads the stored record and applies the change to it, so two tabs that pass
//   different exercises both keep their pass; when a storage event shows another tab overwrote
//   ours from a stale copy, we merge ours back in (merge.ts converges);
// - a record that cannot be read is copied to a quarantine key before anything else is written;
// - a failed write (quota) drops nothing: the change stays queued in memory and is retried with
//   the next write, and the failure is reported through getStatus();
// - every storage access sits in try/catch: private modes and blocked storage only disable saving.
// No Zod here: the every-page script imports this file and must stay small (see guard.ts).
import type { ExerciseProgress, Progress } from './schema.ts';
import { DRAFT_PREFIX, EXERCISE_ID, LESSON_ID, META_KEY, PROGRESS_KEY, QUARANTINE_PREFIX, dayKey, draftKey, validId } from './keys.ts';
import { isProgress } from './guard.ts';
import { emptyProgress, migrate } from './migrate.ts';

export type { ExerciseProgress, Progress } from './schema.ts';
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };
export interface StoreStatus {
  /** Why progress cannot be saved right now: storage full, blocked, or written by a newer site version. */
  problem?: 'quota' | 'unavailable' | 'newer';
  /** Changes waiting in memory because the last write failed. */
  unsaved: number;
}
/** Device-only housekeeping, kept apart from the record so it is never exported or merged. */
export interface Meta {
  /** Quarantine keys the learner has not been told about yet. */
  quarantined?: string[];
  /** A damaged record could not be set aside (storage full); it is left in place. */
  stuck?: boolean;
  persistAsked?: boolean;
  lastExportAt?: number;
  remindedAt?: number;
}
type Mutation = (p: Progress) => void;
type Watch = (onChange: (key: string | null) => void) => void;

const isQuota = (e: unknown) => {
  const x = e as { name?: string; code?: number };
  return x?.name === 'QuotaExceededError' || x?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || x?.code === 22 || x?.code === 1014;
};
const epochTime = (e: string) => parseInt(e, 36) || 0;

export function createProgressStore(storage: Storage | null, now: () => number = Date.now, watch?: Watch) {
  let cacheRaw: string | null | undefined;
  let cache = { rec: emptyProgress(), ok: true };
  let pending: Mutation[] = [];
  let problem: StoreStatus['problem'];
  /** What this tab last wrote: merged back if another tab overwrites it from a stale copy. */
  let last: Progress | undefined;
  const listeners = new Set<() => void>();

  const emit = () => listeners.forEach((l) => {
    try {
      l();
    } catch (e) {
      console.error(e);
    }
  });

  function readMeta(): Meta {
    try {
      const m = JSON.parse(storage?.getItem(META_KEY) ?? '{}');
      return m && typeof m === 'object' && !Array.isArray(m) ? m : {};
    } catch {
      return {};
    }
  }
  function writeMeta(patch: Partial<Meta>): void {
    try {
      storage?.setItem(META_KEY, JSON.stringify({ ...readMeta(), ...patch }));
    } catch {
      // Housekeeping only; the record itself is unaffected.
    }
  }

  /** Copies an unreadable record aside, then frees the main key. False if the copy failed. */
  function quarantine(raw: string): boolean {
    const key = QUARANTINE_PREFIX + new Date(now()).toISOString() + '-' + Math.random().toString(36).slice(2, 6);
    try {
      storage!.setItem(key, raw);
      storage!.removeItem(PROGRESS_KEY);
    } catch {
      writeMeta({ stuck: true });
      return false;
    }
    const q = readMeta().quarantined;
    writeMeta({ quarantined: [...(Array.isArray(q) ? q : []), key], stuck: false });
    return true;
  }

  function load(): { rec: Progress; ok: boolean } {
    if (!storage) {
      problem = 'unavailable';
      return { rec: cache.rec, ok: false };
    }
    let raw: string | null;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      problem = 'unavailable';
      return { rec: cache.rec, ok: false };
    }
    if (raw === cacheRaw) return cache;
    let parsed: unknown;
    try {
      parsed = raw === null ? null : JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const m = raw === null ? emptyProgress() : migrate(parsed, now());
    if (m === 'newer') {
      problem = 'newer';
      cache = { rec: emptyProgress(), ok: false };
    } else if (isProgress(m)) {
      cache = { rec: m, ok: true };
    } else if (quarantine(raw!)) {
      raw = null;
      cache = { rec: emptyProgress(), ok: true };
    } else {
      problem = 'quota';
      cache = { rec: emptyProgress(), ok: false };
    }
    cacheRaw = raw;
    return cache;
  }

  function write(next: Progress): boolean {
    const raw = JSON.stringify(next);
    try {
      storage!.setItem(PROGRESS_KEY, raw);
    } catch (e) {
      problem = isQuota(e) ? 'quota' : 'unavailable';
      return false;
    }
    cacheRaw = raw;
    cache = { rec: next, ok: true };
    last = next;
    problem = undefined;
    return true;
  }

  /**
   * Writes a change on top of a fresh read of the stored record. If the write fails the change
   * stays queued and is retried with the next one, unless `queue` is false (an import or reset
   * that fails must change nothing).
   */
  function update(fn: Mutation, queue = true): WriteResult {
    pending.push(fn);
    if (!cache.ok) cacheRaw = undefined; // retry a quarantine or version check that failed before
    const { rec, ok } = load();
    let saved = false;
    if (ok) {
      const next = structuredClone(rec);
      pending.forEach((f) => f(next));
      if ((saved = write(next))) pending = [];
    }
    if (!saved && !queue) pending = pending.filter((f) => f !== fn);
    emit();
    return saved ? { ok: true } : { ok: false, reason: problem === 'quota' ? 'quota' : 'unavailable' };
  }

  function getProgress(): Progress {
    const { rec } = load();
    if (!pending.length) return rec;
    const view = structuredClone(rec);
    pending.forEach((f) => f(view));
    return view;
  }

  /**
   * Called for every storage event (another tab changed a key). The merge code loads only now:
   * most page views never see another tab write, and lesson pages should stay light.
   */
  async function handleStorageEvent(key: string | null): Promise<void> {
    if (key === null || key === PROGRESS_KEY) {
      cacheRaw = undefined;
      const mine = last;
      if (load().ok && mine) {
        const { mergeProgress, canonical } = await import('./merge.ts');
        cacheRaw = undefined; // re-read: more events may have arrived while the code loaded
        const { rec, ok } = load();
        // If this tab wrote again meanwhile (on top of the stale record), heal with both writes.
        const ours = !last ? undefined : last === mine || last.epoch !== mine.epoch ? last : mergeProgress(mine, last);
        if (!ok || !ours) {
          // Nothing to heal with.
        } else if (rec.epoch === ours.epoch) {
          const merged = mergeProgress(rec, ours);
          if (JSON.stringify(merged) !== JSON.stringify(canonical(rec))) write(merged);
        } else if (epochTime(ours.epoch) > epochTime(rec.epoch)) {
          write(ours); // our reset or import was overwritten by a tab that had not seen it
        } else {
          last = undefined; // another tab reset or replaced progress: do not bring ours back
        }
      }
    }
    if (key === null || key === PROGRESS_KEY || key.startsWith(DRAFT_PREFIX)) emit();
  }
  watch?.(handleStorageEvent);

  const ex = (p: Progress, id: string): ExerciseProgress =>
    (p.exercises[id] ??= { status: 'not-started', attempts: 0, hintsUsed: 0, solutionViewed: false });
  const day = (p: Progress, t: number) => (p.activity[dayKey(t)] ??= { checks: 0, passes: 0, visits: 0, completions: 0 });
  const exerciseChange = (id: string, f: (e: ExerciseProgress, p: Progress, t: number) => void): void => {
    if (!validId(EXERCISE_ID, id)) return console.warn(`progress: ignored invalid exercise id ${JSON.stringify(id)}`);
    const t = now();
    update((p) => f(ex(p, id), p, t));
  };

  return {
    recordCheck(exerciseId: string, passed: boolean): void {
      exerciseChange(exerciseId, (e, p, t) => {
        e.attempts++;
        e.lastAttemptAt = t;
        if (passed) {
          e.status = 'passed';
          e.firstPassedAt ??= t;
        } else if (e.status !== 'passed') e.status = 'attempted';
        const d = day(p, t);
        d.checks++;
        if (passed) d.passes++;
      });
    },
    recordHint(exerciseId: string): void {
      exerciseChange(exerciseId, (e) => void e.hintsUsed++);
    },
    recordSolutionViewed(exerciseId: string): void {
      exerciseChange(exerciseId, (e) => void (e.solutionViewed = true));
    },
    markLessonVisited(lessonId: string): void {
      if (!validId(LESSON_ID, lessonId)) return;
      const t = now();
      update((p) => {
        const l = (p.lessons[lessonId] ??= { firstVisitedAt: t, lastVisitedAt: t, complete: false });
        l.lastVisitedAt = Math.max(l.lastVisitedAt, t);
        day(p, t).visits++;
      });
    },
    setLessonComplete(lessonId: string, complete: boolean): void {
      if (!validId(LESSON_ID, lessonId)) return;
      const t = now();
      update((p) => {
        const l = (p.lessons[lessonId] ??= { firstVisitedAt: t, lastVisitedAt: t, complete: false });
        if (complete && !l.complete) day(p, t).completions++;
        l.complete = complete;
        l.completeChangedAt = t;
      });
    },
    getExercise(exerciseId: string): ExerciseProgress | undefined {
      const all = getProgress().exercises;
      return Object.hasOwn(all, exerciseId) ? { ...all[exerciseId] } : undefined;
    },
    loadDraft(exerciseId: string): string | null {
      const k = draftKey(exerciseId);
      try {
        return k && storage ? storage.getItem(k) : null;
      } catch {
        return null;
      }
    },
    saveDraft(exerciseId: string, code: string): WriteResult {
      const k = draftKey(exerciseId);
      if (!k || !storage) return { ok: false, reason: 'unavailable' };
      try {
        storage.setItem(k, code);
      } catch (e) {
        return { ok: false, reason: isQuota(e) ? 'quota' : 'unavailable' };
      }
      emit();
      return { ok: true };
    },
    clearDraft(exerciseId: string): void {
      const k = draftKey(exerciseId);
      try {
        if (k) storage?.removeItem(k);
      } catch {
        // Nothing to do: an unremovable draft is harmless.
      }
      emit();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getProgress,
    getStatus: (): StoreStatus => (load(), { problem, unsaved: pending.length }),
    /** Applies any change to the record (checklists, plan settings, imports). */
    update,
    readMeta,
    writeMeta,
    handleStorageEvent,
    storage,
    now,
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

function browserStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(PROGRESS_KEY); // throws when storage is blocked
    return s;
  } catch {
    return null;
  }
}

let instance: ProgressStore | undefined;
/** The store over this browser's localStorage (created on first use). */
export function store(): ProgressStore {
  return (instance ??= createProgressStore(browserStorage(), Date.now, (cb) => {
    if (typeof window !== 'undefined') window.addEventListener('storage', (e) => e.storageArea === window.localStorage && cb(e.key));
  }));
}

export const recordCheck = (exerciseId: string, passed: boolean): void => store().recordCheck(exerciseId, passed);
export const recordHint = (exerciseId: string): void => store().recordHint(exerciseId);
export const recordSolutionViewed = (exerciseId: string): void => store().recordSolutionViewed(exerciseId);
export const markLessonVisited = (lessonId: string): void => store().markLessonVisited(lessonId);
export const setLessonComplete = (lessonId: string, complete: boolean): void => store().setLessonComplete(lessonId, complete);
export const getExercise = (exerciseId: string): ExerciseProgress | undefined => store().getExercise(exerciseId);
export const loadDraft = (exerciseId: string): string | null => store().loadDraft(exerciseId);
export const saveDraft = (exerciseId: string, code: string): { ok: true } | { ok: false; reason: 'quota' | 'unavailable' } => store().saveDraft(exerciseId, code);
export const clearDraft = (exerciseId: string): void => store().clearDraft(exerciseId);
export const subscribe = (listener: () => void): (() => void) => store().subscribe(listener);
export const getProgress = (): Progress => store().getProgress();
export const getStatus = (): StoreStatus => store().getStatus();
