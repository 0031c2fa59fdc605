// Storage keys and id shapes shared by the store, the hand-written guard and the Zod schemas.
// Kept dependency-free because the every-page script imports it.

/** The one versioned progress record. */
export const PROGRESS_KEY = 'mldojo:progress';
/** Prefix of per-exercise code drafts: `mldojo:draft:<exerciseId>`. */
export const DRAFT_PREFIX = 'mldojo:draft:';
/** Prefix of records that could not be read; they are set aside here, never deleted. */
export const QUARANTINE_PREFIX = 'mldojo:progress:quarantine:';
/** Device housekeeping (notices, export reminder, persistence request); never exported. */
export const META_KEY = 'mldojo:meta';

/** The record version this code writes. */
export const CURRENT_VERSION = 2;

// Every key pattern needs a '/', '-' or ':' so none can ever equal `__proto__` or `constructor`.
export const EXERCISE_ID = /^[a-z0-9-]+\/[A-Za-z_][A-Za-z0-9_]*$/;
export const LESSON_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const CHECKLIST_ID = /^[a-z0-9]+:[a-z0-9-]+$/;
export const EPOCH = /^[a-z0-9.]{1,40}$/;
export const PRESET_ID = /^[a-z0-9-]{1,40}$/;
/** Ids longer than this are refused: no real id comes close, and it bounds hostile input. */
export const MAX_ID = 120;
/** Upper bound for timestamps (ms): year 2255. Anything later is corrupt. */
export const MAX_TIME = 9e12;
/** Upper bound for counters. */
export const MAX_COUNT = 1e9;

export const validId = (re: RegExp, id: unknown): id is string => typeof id === 'string' && id.length <= MAX_ID && re.test(id);

/** The storage key of an exercise's code draft; null for an id no exercise can have. */
export const draftKey = (exerciseId: string): string | null => (validId(EXERCISE_ID, exerciseId) ? DRAFT_PREFIX + exerciseId : null);

/** The learner's local calendar day of a timestamp, `YYYY-MM-DD`. */
export function dayKey(t: number): string {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** How long after an export (or a dismissed reminder) the backup reminder comes back. */
export const REMIND_EVERY = 14 * 864e5;
export const reminderDue = (m: { lastExportAt?: number; remindedAt?: number }, now: number): boolean =>
  now - (m.lastExportAt ?? 0) > REMIND_EVERY && now - (m.remindedAt ?? 0) > REMIND_EVERY;
