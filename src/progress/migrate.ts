// Upgrades a stored record of any earlier version to the current one. Each step is a pure
// function from version n to n + 1, so an old record walks the whole chain.
import type { Progress, ProgressV1 } from './schema.ts';
import { CURRENT_VERSION, EXERCISE_ID, LESSON_ID, validId } from './keys.ts';

/** A fresh record. Epoch '0' marks "never reset", so two tabs that both start empty still merge. */
export const emptyProgress = (epoch = '0'): Progress => ({ version: 2, epoch, exercises: {}, lessons: {}, activity: {}, checklist: {} });

/** v1 kept only lists of passes, attempts and visits, without times; the migration time stands in. */
function v1to2(old: ProgressV1, now: number): Progress {
  const p = emptyProgress();
  const ok = (re: RegExp, id: string) => {
    // Checked before use as a key: an id like `__proto__` must never reach an object lookup.
    if (!validId(re, id)) throw new Error('bad id');
    return id;
  };
  const ex = (id: string) => (p.exercises[ok(EXERCISE_ID, id)] ??= { status: 'attempted', attempts: 0, hintsUsed: 0, solutionViewed: false });
  for (const [id, n] of Object.entries(old.attempts)) ex(id).attempts = n;
  for (const id of old.passed) Object.assign(ex(id), { status: 'passed', firstPassedAt: now });
  for (const id of old.visited) p.lessons[ok(LESSON_ID, id)] = { firstVisitedAt: now, lastVisitedAt: now, complete: false };
  // v1 had no activity log, and inventing days would fake a streak, so activity starts empty.
  return p;
}

/**
 * The record upgraded to the current version, `'newer'` when a newer site version wrote it (left
 * untouched), or null when it is not a known version. The caller validates the result.
 */
export function migrate(raw: unknown, now: number): unknown {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = (raw as { version?: unknown }).version;
  if (typeof v === 'number' && v > CURRENT_VERSION) return 'newer';
  if (v === CURRENT_VERSION) return raw;
  try {
    // A malformed v1 throws or yields a shape the guard rejects; either way it is quarantined.
    if (v === 1 && Object.keys(raw).length === 4) return v1to2(raw as ProgressV1, now);
  } catch {
    // fall through
  }
  return null;
}
