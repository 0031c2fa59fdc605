// Joins two copies of the record (another tab's and ours, or the stored one and an imported file).
// Every field merges monotonically (a pass, the most attempts, the earliest first pass, the newest
// tick), so merging is order-independent and repeating it changes nothing: tabs always converge.
import type { ExerciseProgress, LessonProgress, Progress } from './schema.ts';

const RANK = { 'not-started': 0, attempted: 1, passed: 2 } as const;
const lo = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.min(x, y));
const hi = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.max(x, y));

/** Drops undefined optional fields so equal records serialise equally. */
function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function exercise(a: ExerciseProgress, b: ExerciseProgress): ExerciseProgress {
  return clean({
    status: RANK[a.status] >= RANK[b.status] ? a.status : b.status,
    attempts: Math.max(a.attempts, b.attempts),
    firstPassedAt: lo(a.firstPassedAt, b.firstPassedAt),
    lastAttemptAt: hi(a.lastAttemptAt, b.lastAttemptAt),
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    solutionViewed: a.solutionViewed || b.solutionViewed,
  });
}

function lesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const ta = a.completeChangedAt ?? -1;
  const tb = b.completeChangedAt ?? -1;
  return clean({
    firstVisitedAt: Math.min(a.firstVisitedAt, b.firstVisitedAt),
    lastVisitedAt: Math.max(a.lastVisitedAt, b.lastVisitedAt),
    complete: ta === tb ? a.complete || b.complete : ta > tb ? a.complete : b.complete,
    completeChangedAt: hi(a.completeChangedAt, b.completeChangedAt),
  });
}

function join<T>(a: Record<string, T>, b: Record<string, T>, f: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(a).concat(Object.keys(b)).sort()) {
    if (k in out) continue;
    const x = Object.hasOwn(a, k) ? a[k] : undefined;
    const y = Object.hasOwn(b, k) ? b[k] : undefined;
    out[k] = x === undefined ? structuredClone(y!) : y === undefined ? structuredClone(x) : f(x, y);
  }
  return out;
}

/** The join of two records; the epoch is `a`'s. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const plan = !a.plan ? b.plan : !b.plan ? a.plan : a.plan.savedAt >= b.plan.savedAt ? a.plan : b.plan;
  return clean({
    version: 2,
    epoch: a.epoch,
    exercises: join(a.exercises, b.exercises, exercise),
    lessons: join(a.lessons, b.lessons, lesson),
    activity: join(a.activity, b.activity, (x, y) => ({
      checks: Math.max(x.checks, y.checks),
      passes: Math.max(x.passes, y.passes),
      visits: Math.max(x.visits, y.visits),
      completions: Math.max(x.completions, y.completions),
    })),
    checklist: join(a.checklist, b.checklist, (x, y) => structuredClone(y.at > x.at ? y : x)),
    plan: plan && structuredClone(plan),
  });
}

/** Puts a record in the canonical form `mergeProgress` produces, for comparisons. */
export const canonical = (p: Progress): Progress => mergeProgress(p, p);
