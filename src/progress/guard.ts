// A hand-written twin of progressV2Schema (schema.ts) for the every-page script, which must stay
// a few kilobytes and so cannot ship Zod. guard.test.ts checks both agree on many inputs.
import type { Progress } from './schema.ts';
import { CHECKLIST_ID, DAY, EPOCH, EXERCISE_ID, LESSON_ID, MAX_COUNT, MAX_ID, MAX_TIME, PRESET_ID } from './keys.ts';

type Check = (v: unknown) => boolean;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (max: number): Check => (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const time = int(MAX_TIME);
const count = int(MAX_COUNT);
const bool: Check = (v) => typeof v === 'boolean';
const str = (re: RegExp, max = MAX_ID): Check => (v) => typeof v === 'string' && v.length <= max && re.test(v);
const opt = (c: Check): Check => (v) => v === undefined || c(v);

/** A strict object: exactly these fields (a `?` suffix marks an optional one). */
const shape =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (!isObj(v)) return false;
    for (const k of Object.keys(v)) if (!(k in fields) && !(k + '?' in fields)) return false;
    for (const [k, c] of Object.entries(fields)) {
      const o = k.endsWith('?');
      const val = v[o ? k.slice(0, -1) : k];
      if (!(o ? opt(c) : c)(val) || (!o && !(k in v))) return false;
    }
    return true;
  };
const record = (key: RegExp, c: Check): Check => (v) => isObj(v) && Object.entries(v).every(([k, x]) => k.length <= MAX_ID && key.test(k) && c(x));

const exercise = shape({
  status: (v) => v === 'not-started' || v === 'attempted' || v === 'passed',
  attempts: count,
  'firstPassedAt?': time,
  'lastAttemptAt?': time,
  hintsUsed: count,
  solutionViewed: bool,
});
const lesson = shape({ firstVisitedAt: time, lastVisitedAt: time, complete: bool, 'completeChangedAt?': time });
const day = shape({ checks: count, passes: count, visits: count, completions: count });
const check = shape({ checked: bool, at: time, 'note?': (v) => typeof v === 'string' && v.length <= 2000 });
const plan = shape({
  preset: str(PRESET_ID),
  hoursPerWeek: (v) => typeof v === 'number' && v >= 1 && v <= 100,
  'weeks?': (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 520,
  startDate: str(DAY),
  'sessionTime?': str(/^([01]\d|2[0-3]):[0-5]\d$/),
  savedAt: time,
});

export const isProgress = shape({
  version: (v) => v === 2,
  epoch: str(EPOCH),
  exercises: record(EXERCISE_ID, exercise),
  lessons: record(LESSON_ID, lesson),
  activity: record(DAY, day),
  checklist: record(CHECKLIST_ID, check),
  'plan?': plan,
}) as (v: unknown) => v is Progress;
