import { z } from 'astro/zod';

/** A further-reading link from the seeds (curriculum §4.6). */
export const resourceSchema = z.strictObject({
  /** Title as a learner would search for it. */
  title: z.string().min(2),
  /** Link to the original source; we link, never republish. */
  url: z.url(),
  /** What kind of resource it is, for filtering and icons. */
  kind: z.enum(['book', 'course', 'video', 'article', 'question-bank', 'cheatsheet', 'community', 'platform', 'tool', 'paper']),
  /** Which seed documents recommend it, e.g. "004, 001". */
  seeds: z.string().optional(),
  /** Whether it costs money; omitted when free or unknown. */
  paid: z.boolean().optional(),
});

/** A lesson the spec plans for a module, shown as "in preparation" until its MDX exists. */
export const plannedLessonSchema = z.strictObject({
  /** Lesson title from the spec. */
  title: z.string(),
  /** Key concepts and formulas from the spec. */
  summary: z.string(),
});

/** An exercise the spec plans for a module. */
export const plannedExerciseSchema = z.strictObject({
  /** Python name; with the module slug it forms the exercise id. */
  name: z.string(),
  /** Difficulty from the spec. */
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /** Library tag from the spec (stdlib, numpy, sklearn…). */
  libs: z.string(),
  /** What the learner implements. */
  summary: z.string(),
});

/** `content/modules/<slug>.yaml`: one module of the curriculum (file name = URL slug). */
export const moduleSchema = z.strictObject({
  /** Position in the whole curriculum, 1–51. */
  order: z.number().int().positive(),
  /** Display code: track letter + number, e.g. "B1". */
  code: z.string().regex(/^[A-H]\d+$/),
  /** Letter of the track this module belongs to. */
  track: z.string().regex(/^[A-H]$/),
  /** Module title. */
  title: z.string(),
  /** One-sentence summary: what the learner will be able to do. */
  summary: z.string(),
  /** Study-time estimate in hours, and where it comes from (curriculum §0.3). */
  hours: z.strictObject({ min: z.number().positive(), max: z.number().positive(), source: z.string() }),
  /** Which seed documents this module comes from. */
  seeds: z.string(),
  /** Slugs of modules to finish first. */
  prerequisites: z.array(z.string()),
  /** Lessons the spec plans, in order. */
  plannedLessons: z.array(plannedLessonSchema),
  /** Exercises the spec plans. */
  plannedExercises: z.array(plannedExerciseSchema),
  /** Further resources box. */
  resources: z.array(resourceSchema),
});

/** `content/tracks.yaml`: the eight tracks in study order. */
export const trackSchema = z.object({
  /** Track letter A–H; modules refer to it. */
  letter: z.string().regex(/^[A-H]$/),
  /** URL slug (`/tracks/<slug>/`). */
  slug: z.string(),
  /** Track title. */
  title: z.string(),
  /** One-line summary for the home page. */
  summary: z.string(),
  /** Study-time estimate in hours for the whole track. */
  hours: z.strictObject({ min: z.number(), max: z.number() }),
  /** Seed documents the track comes from. */
  seeds: z.string(),
});
