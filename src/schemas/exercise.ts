import { z } from 'astro/zod';

/** Packages an exercise may load in Pyodide; [] means the standard library only (rule T2). */
export const pythonPackage = z.enum(['numpy', 'pandas', 'scipy', 'scikit-learn', 'matplotlib']);

/** `exercise.yaml`: everything about an exercise that is not code. */
export const exerciseMetaSchema = z.strictObject({
  /** Short human title shown above the editor. */
  title: z.string().min(3),
  /** How hard it is, as in the curriculum's problem sets. */
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /** Pyodide packages loaded before the code runs; empty for stdlib-only exercises. */
  packages: z.array(pythonPackage).default([]),
  /** Wall-clock limit for one Run or Check, in seconds (curriculum rule T8). */
  timeLimitSeconds: z.number().int().min(1).max(45).default(10),
  /** Rough minutes a learner needs; feeds module hour estimates and the planner. */
  minutes: z.number().int().min(1).max(240).default(15),
  /** Hints revealed one at a time, gentlest first; at least two. */
  hints: z.array(z.string().min(5)).min(2),
  /** Markdown shown with the reference solution: why it works. */
  explanation: z.string().min(10),
  /** One line per known-wrong solution file in wrong/, keyed by file name without `.py`. */
  wrong: z.record(z.string(), z.string().min(5)).refine((w) => Object.keys(w).length > 0, 'list at least one known-wrong solution'),
});

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

/** An exercise as read from its folder. */
export interface ExerciseFiles {
  /** Stable id: the folder path under content/exercises, `<module-slug>/<function_name>`. */
  id: string;
  /** Module slug: the first segment of the id. */
  module: string;
  /** Absolute folder path, for error messages. */
  dir: string;
  meta: ExerciseMeta;
  /** The task statement, Markdown with math. */
  prompt: string;
  starter: string;
  solution: string;
  tests: string;
  /** Hidden code run before the learner's (data generators, rule T10); '' when absent. */
  prelude: string;
  /** Known-wrong solutions: file name → source. */
  wrongSolutions: Record<string, string>;
}
