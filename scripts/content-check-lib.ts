// The logic of `npm run check:content`, importable so tests can point it at broken fixtures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ExerciseFormatError, listExerciseIds, readExercise } from '../src/lib/exercise-files.ts';
import type { ExerciseFiles } from '../src/schemas/exercise.ts';
import type { CheckReport, RunOutcome } from '../src/runner/protocol.ts';

export interface ContentCheckOptions {
  exercisesDir: string;
  /** Folder of lesson MDX files that embed exercises; null skips the embedding check. */
  lessonsDir: string | null;
  /** Python with the checking libraries (numpy, pandas, …). */
  python: string;
  /** Also grade stdlib-only exercises on the real Pyodide core in Node. */
  pyodide: boolean;
  /** Only exercises whose id starts with one of these. */
  only?: string[];
}

export interface ContentCheckResult {
  exercises: number;
  /** Runnable lesson examples that were run. */
  examples: number;
  graded: number;
  problems: string[];
}

type Reports = Record<string, CheckReport>;

const rel = (path: string) => relative(process.cwd(), path) || path;

export function defaultPython(): string {
  if (process.env.MLDOJO_PYTHON) return process.env.MLDOJO_PYTHON;
  const venv = join(process.cwd(), '.cache', 'pyenv', 'bin', 'python');
  return existsSync(venv) ? venv : 'python3';
}

function candidates(ex: ExerciseFiles): Record<string, string> {
  const all: Record<string, string> = { solution: ex.solution, starter: ex.starter };
  for (const [name, source] of Object.entries(ex.wrongSolutions)) all[`wrong/${name}`] = source;
  return all;
}

function fileOf(ex: ExerciseFiles, kind: string): string {
  return rel(join(ex.dir, kind === 'solution' || kind === 'starter' ? `${kind}.py` : `${kind}.py`));
}

/** Judge one exercise's reports: the solution passes everything, everything else fails something. */
export function judge(ex: ExerciseFiles, reports: Reports, runtime: string): string[] {
  const problems: string[] = [];
  for (const [kind, report] of Object.entries(reports)) {
    const file = fileOf(ex, kind);
    if (kind === 'solution') {
      if (report.load_error) problems.push(`${ex.id} [${runtime}] ${file}: the reference solution does not load: ${report.load_error.type}: ${report.load_error.message}`);
      if (report.tests.length === 0) problems.push(`${ex.id} [${runtime}] ${rel(join(ex.dir, 'tests.py'))}: has no test_ functions`);
      for (const t of report.tests.filter((t) => !t.passed)) {
        problems.push(`${ex.id} [${runtime}] ${file}: the reference solution fails ${t.name}: ${t.message}`);
      }
    } else if (report.passed) {
      const what = kind === 'starter' ? 'the starter passes every test (tests too weak, or the starter is a solution)' : `known-wrong solution passes every test`;
      problems.push(`${ex.id} [${runtime}] ${file}: ${what}`);
    }
  }
  return problems;
}

/** A `<Runnable>` code block in a lesson: it must run without an error. */
export interface RunnableExample {
  where: string;
  packages: string[];
  code: string;
}

export function findRunnables(lessonsDir: string): RunnableExample[] {
  const found: RunnableExample[] = [];
  for (const file of walk(lessonsDir)) {
    const text = readFileSync(file, 'utf8');
    let n = 0;
    for (const m of text.matchAll(/<Runnable(?:\s+packages=["']([^"']*)["'])?\s*>\s*```python[^\n]*\n([\s\S]*?)```\s*<\/Runnable>/g)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ where: `${rel(file)}:${line} (example ${++n})`, packages: (m[1] ?? '').split(/\s+/).filter(Boolean), code: m[2] });
    }
  }
  return found;
}

function gradeWithPython(python: string, exercises: ExerciseFiles[], examples: RunnableExample[] = []): { reports: Map<string, Reports>; examples: { where: string; outcome: RunOutcome }[] } {
  const jobs = exercises.map((ex) => ({
    id: ex.id,
    tests: ex.tests,
    prelude: ex.prelude,
    time_limit: Math.max(ex.meta.timeLimitSeconds * 3, 30),
    candidates: candidates(ex),
  }));
  const script = join(import.meta.dirname, 'check_exercises.py');
  const input = JSON.stringify({ exercises: jobs, examples: examples.map(({ where, code }) => ({ where, code })) });
  const out = spawnSync(python, [script], { input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, MPLBACKEND: 'Agg' } });
  if (out.status !== 0) throw new Error(`${python} ${rel(script)} failed (exit ${out.status}):\n${out.stderr}`);
  const parsed = JSON.parse(out.stdout) as { exercises: { id: string; reports: Reports }[]; examples: { where: string; outcome: RunOutcome }[] };
  return { reports: new Map(parsed.exercises.map((r) => [r.id, r.reports])), examples: parsed.examples };
}

async function gradeWithPyodide(exercises: ExerciseFiles[], examples: RunnableExample[] = []): Promise<{ reports: Map<string, Reports>; examples: { where: string; outcome: RunOutcome }[] }> {
  const { loadPyodide } = await import('pyodide');
  const { installGrader, checkWithGrader, runWithGrader } = await import('../src/runner/grader-host.ts');
  // Graded on the standard library the site ships, which is precompiled (made here if missing).
  const { precompileStdlib, SHIPPED_STDLIB } = await import('./precompile-stdlib.ts');
  const { GRADER_SOURCE_FILE } = await import('./precompile-grader.ts');
  await precompileStdlib();
  const pyodide = await loadPyodide({ stdLibURL: SHIPPED_STDLIB });
  pyodide.setStdout({ batched: () => {} });
  installGrader(pyodide, readFileSync(GRADER_SOURCE_FILE, 'utf8'));
  const results = new Map<string, Reports>();
  for (const ex of exercises) {
    const reports: Reports = {};
    for (const [kind, source] of Object.entries(candidates(ex))) reports[kind] = checkWithGrader(pyodide, source, ex.tests, ex.prelude);
    results.set(ex.id, reports);
  }
  return { reports: results, examples: examples.map((e) => ({ where: e.where, outcome: runWithGrader(pyodide, e.code) })) };
}

function walk(dir: string, found: string[] = []): string[] {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, found);
    else if (/\.mdx?$/.test(name)) found.push(path);
  }
  return found;
}

/** Every exercise is embedded by exactly one lesson, and every embed names a real exercise. */
export function checkEmbeds(lessonsDir: string, ids: string[]): string[] {
  const problems: string[] = [];
  const known = new Set(ids);
  const embeddedBy = new Map<string, string[]>();
  for (const file of walk(lessonsDir)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/<Exercise\s+[^>]*id=["']([^"']+)["']/g)) {
      const id = match[1];
      if (!known.has(id)) problems.push(`${rel(file)}: embeds unknown exercise "${id}" (no folder content/exercises/${id})`);
      embeddedBy.set(id, [...(embeddedBy.get(id) ?? []), rel(file)]);
    }
  }
  for (const id of ids) {
    const files = embeddedBy.get(id) ?? [];
    if (files.length === 0) problems.push(`${id}: not embedded by any lesson (add <Exercise id="${id}" /> to one lesson)`);
    if (files.length > 1) problems.push(`${id}: embedded by ${files.length} places (${files.join(', ')}); exactly one lesson must own it`);
  }
  return problems;
}

export async function checkContent(options: ContentCheckOptions): Promise<ContentCheckResult> {
  const problems: string[] = [];
  const allIds = listExerciseIds(options.exercisesDir);
  const ids = options.only?.length ? allIds.filter((id) => options.only!.some((p) => id.startsWith(p))) : allIds;
  const exercises: ExerciseFiles[] = [];
  for (const id of ids) {
    try {
      exercises.push(readExercise(options.exercisesDir, id));
    } catch (error) {
      if (!(error instanceof ExerciseFormatError)) throw error;
      problems.push(error.message);
    }
  }
  let graded = 0;
  const exampleOutcomes: { where: string; outcome: RunOutcome; runtime: string }[] = [];
  // Runnable examples: stdlib ones run on the Pyodide core (the browser's Python 3.14), the rest on CPython.
  const examples = options.lessonsDir && !options.only?.length ? findRunnables(options.lessonsDir) : [];
  const python = gradeWithPython(options.python, exercises, examples.filter((e) => e.packages.length > 0));
  for (const ex of exercises) {
    const reports = python.reports.get(ex.id)!;
    graded += Object.keys(reports).length;
    problems.push(...judge(ex, reports, 'CPython'));
  }
  exampleOutcomes.push(...python.examples.map((e) => ({ ...e, runtime: 'CPython' })));
  if (options.pyodide) {
    const stdlibOnly = exercises.filter((ex) => ex.meta.packages.length === 0);
    const pyo = await gradeWithPyodide(stdlibOnly, examples.filter((e) => e.packages.length === 0));
    exampleOutcomes.push(...pyo.examples.map((e) => ({ ...e, runtime: 'Pyodide' })));
    for (const ex of stdlibOnly) {
      const reports = pyo.reports.get(ex.id)!;
      graded += Object.keys(reports).length;
      problems.push(...judge(ex, reports, 'Pyodide'));
    }
  }
  for (const { where, outcome, runtime } of exampleOutcomes) {
    if (!outcome.ok) problems.push(`${where} [${runtime}]: runnable example fails: ${outcome.error?.type}: ${outcome.error?.message}`);
  }
  if (options.lessonsDir) {
    // With --only, report just the embedding problems that concern the selected exercises.
    const embeds = checkEmbeds(options.lessonsDir, allIds);
    problems.push(...(options.only?.length ? embeds.filter((p) => options.only!.some((prefix) => p.includes(prefix))) : embeds));
  }
  return { exercises: exercises.length, graded, examples: exampleOutcomes.length, problems };
}
