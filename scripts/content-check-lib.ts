// The logic of `npm run check:content`, importable so tests can point it at broken fixtures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ExerciseFormatError, listExerciseIds, readExercise } from '../src/lib/exercise-files.ts';
import type { ExerciseFiles } from '../src/schemas/exercise.ts';
import type { CheckReport } from '../src/runner/protocol.ts';

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

function gradeWithPython(python: string, exercises: ExerciseFiles[]): Map<string, Reports> {
  const jobs = exercises.map((ex) => ({
    id: ex.id,
    tests: ex.tests,
    prelude: ex.prelude,
    time_limit: Math.max(ex.meta.timeLimitSeconds * 3, 30),
    candidates: candidates(ex),
  }));
  const script = join(import.meta.dirname, 'check_exercises.py');
  const out = spawnSync(python, [script], { input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, MPLBACKEND: 'Agg' } });
  if (out.status !== 0) throw new Error(`${python} ${rel(script)} failed (exit ${out.status}):\n${out.stderr}`);
  const parsed = JSON.parse(out.stdout) as { id: string; reports: Reports }[];
  return new Map(parsed.map((r) => [r.id, r.reports]));
}

async function gradeWithPyodide(exercises: ExerciseFiles[]): Promise<Map<string, Reports>> {
  const { loadPyodide } = await import('pyodide');
  const { installGrader, checkWithGrader } = await import('../src/runner/grader-host.ts');
  const pyodide = await loadPyodide();
  installGrader(pyodide, readFileSync(join(import.meta.dirname, '..', 'src', 'runner', 'python', 'mldojo_grader.py'), 'utf8'));
  const results = new Map<string, Reports>();
  for (const ex of exercises) {
    const reports: Reports = {};
    for (const [kind, source] of Object.entries(candidates(ex))) reports[kind] = checkWithGrader(pyodide, source, ex.tests, ex.prelude);
    results.set(ex.id, reports);
  }
  return results;
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
  const python = gradeWithPython(options.python, exercises);
  for (const ex of exercises) {
    const reports = python.get(ex.id)!;
    graded += Object.keys(reports).length;
    problems.push(...judge(ex, reports, 'CPython'));
  }
  if (options.pyodide) {
    const stdlibOnly = exercises.filter((ex) => ex.meta.packages.length === 0);
    const pyo = await gradeWithPyodide(stdlibOnly);
    for (const ex of stdlibOnly) {
      const reports = pyo.get(ex.id)!;
      graded += Object.keys(reports).length;
      problems.push(...judge(ex, reports, 'Pyodide'));
    }
  }
  if (options.lessonsDir) {
    // With --only, report just the embedding problems that concern the selected exercises.
    const embeds = checkEmbeds(options.lessonsDir, allIds);
    problems.push(...(options.only?.length ? embeds.filter((p) => options.only!.some((prefix) => p.includes(prefix))) : embeds));
  }
  return { exercises: exercises.length, graded, problems };
}
