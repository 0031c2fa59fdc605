// Zod schemas of the progress record (every version) and of the export file. These are the
// reference definition; the every-page script uses the hand-written mirror in guard.ts instead,
// so lesson pages do not ship Zod. tests/unit/progress/guard.test.ts keeps the two in agreement.
import { z } from 'astro/zod';
import { CHECKLIST_ID, DAY, EPOCH, EXERCISE_ID, LESSON_ID, MAX_COUNT, MAX_ID, MAX_TIME, PRESET_ID } from './keys.ts';

const id = (re: RegExp) => z.string().max(MAX_ID).regex(re);
const exerciseId = id(EXERCISE_ID);
const lessonId = id(LESSON_ID);
const day = z.string().regex(DAY);
/** Milliseconds since the Unix epoch. */
const time = z.number().int().min(0).max(MAX_TIME);
const count = z.number().int().min(0).max(MAX_COUNT);

/** One exercise's progress, keyed by the exercise's stable id `<module>/<name>`. */
export const exerciseProgressSchema = z.strictObject({
  /** Never checked, checked without passing, or passed at least once (a pass is never taken back). */
  status: z.enum(['not-started', 'attempted', 'passed']),
  /** How many times the learner pressed Check. */
  attempts: count,
  /** When every test first passed; absent until then. */
  firstPassedAt: time.optional(),
  /** When Check was last pressed; feeds "continue where you left off". */
  lastAttemptAt: time.optional(),
  /** How many hints the learner revealed. */
  hintsUsed: count,
  /** Whether the learner opened the reference solution. */
  solutionViewed: z.boolean(),
});

/** One lesson's progress, keyed by the lesson's stable id `<module>/<lesson>`. */
export const lessonProgressSchema = z.strictObject({
  /** First time the lesson page was opened. */
  firstVisitedAt: time,
  /** Most recent time the lesson page was opened. */
  lastVisitedAt: time,
  /** Whether the learner marked the lesson complete. */
  complete: z.boolean(),
  /** When `complete` last changed, so a merge keeps the newer choice. */
  completeChangedAt: time.optional(),
});

/** What the learner did on one local calendar day (the activity calendar and streak). */
export const activityDaySchema = z.strictObject({
  /** Presses of Check. */
  checks: count,
  /** Checks where every test passed. */
  passes: count,
  /** Lesson page views. */
  visits: count,
  /** Lessons marked complete. */
  completions: count,
});

/** A hand-ticked checklist item (items with evidence tick themselves and are not stored). */
export const checklistEntrySchema = z.strictObject({
  /** Whether the learner ticked it. */
  checked: z.boolean(),
  /** When it was last changed, so a merge keeps the newer choice. */
  at: time,
  /** Optional link or note the learner gave as evidence (a URL, a PR, a date). */
  note: z.string().max(2000).optional(),
});

/** The learner's study-plan settings from /plan/. */
export const planSettingsSchema = z.strictObject({
  /** Id of the chosen preset (see planner.ts), or `custom`. */
  preset: z.string().regex(PRESET_ID),
  /** Study hours per week the learner chose (hour-based presets and custom). */
  hoursPerWeek: z.number().min(1).max(100),
  /** Length of the plan in weeks (deadline-based presets). */
  weeks: z.number().int().min(1).max(520).optional(),
  /** First day of the plan, `YYYY-MM-DD`. */
  startDate: day,
  /** Start time of daily study sessions in the calendar export, `HH:MM`. */
  sessionTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional(),
  /** When the settings were saved, so a merge keeps the newer ones. */
  savedAt: time,
});

/** Version 2: the current record. */
export const progressV2Schema = z.strictObject({
  /** Record format version. */
  version: z.literal(2),
  /** Changes on reset or replacing import, so an open tab never merges old data back in. */
  epoch: z.string().regex(EPOCH),
  /** Per-exercise progress by exercise id. */
  exercises: z.record(exerciseId, exerciseProgressSchema),
  /** Per-lesson progress by lesson id. */
  lessons: z.record(lessonId, lessonProgressSchema),
  /** Activity per local day `YYYY-MM-DD`. */
  activity: z.record(day, activityDaySchema),
  /** Hand-ticked checklist items by item id. */
  checklist: z.record(id(CHECKLIST_ID), checklistEntrySchema),
  /** Study-plan settings, once the learner saved a plan. */
  plan: planSettingsSchema.optional(),
});

/** Version 1: the first, simpler shape (pass/attempt lists only); migrated to version 2 on load. */
export const progressV1Schema = z.strictObject({
  /** Record format version. */
  version: z.literal(1),
  /** Ids of exercises passed. */
  passed: z.array(exerciseId).max(100_000),
  /** Check presses per exercise id. */
  attempts: z.record(exerciseId, count),
  /** Ids of lessons opened. */
  visited: z.array(lessonId).max(100_000),
});

/** Any record version this code can read. */
export const anyProgressSchema = z.discriminatedUnion('version', [progressV1Schema, progressV2Schema]);

/** Largest draft accepted on import, in characters. */
export const MAX_DRAFT = 200_000;

/** The file written by "Export progress". */
export const exportFileSchema = z.strictObject({
  /** Marks the file as an ML Dojo progress export. */
  format: z.literal('ml-dojo-progress'),
  /** When it was exported (ISO 8601). */
  exportedAt: z.string().max(40),
  /** The progress record, any readable version. */
  progress: anyProgressSchema,
  /** Code drafts by exercise id. */
  drafts: z.record(exerciseId, z.string().max(MAX_DRAFT)),
});

export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type ActivityDay = z.infer<typeof activityDaySchema>;
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;
export type PlanSettings = z.infer<typeof planSettingsSchema>;
export type ProgressV2 = z.infer<typeof progressV2Schema>;
export type ProgressV1 = z.infer<typeof progressV1Schema>;
export type Progress = ProgressV2;
export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExerciseStatus = ExerciseProgress['status'];
