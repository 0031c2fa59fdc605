// Reads exercise folders from disk. Shared by the Astro content loader and the CI scripts,
// so the site and `npm run check:content` can never disagree about what an exercise is.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { exerciseMetaSchema, type ExerciseFiles } from '../schemas/exercise.ts';

const REQUIRED = ['exercise.yaml', 'prompt.md', 'starter.py', 'solution.py', 'tests.py'] as const;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z_][a-z0-9_]*$/;

export class ExerciseFormatError extends Error {}

/** Every folder under `root` that holds an exercise.yaml, as ids relative to root. */
export function listExerciseIds(root: string): string[] {
  if (!existsSync(root)) return [];
  const ids: string[] = [];
  for (const moduleDir of readdirSync(root).sort()) {
    const modulePath = join(root, moduleDir);
    if (!statSync(modulePath).isDirectory()) continue;
    for (const name of readdirSync(modulePath).sort()) {
      if (existsSync(join(modulePath, name, 'exercise.yaml'))) ids.push(`${moduleDir}/${name}`);
    }
  }
  return ids;
}

export function readExercise(root: string, id: string): ExerciseFiles {
  const dir = join(root, ...id.split('/'));
  const where = relative(process.cwd(), dir) || dir;
  if (!ID_PATTERN.test(id)) {
    throw new ExerciseFormatError(`${where}: the folder must be <module-slug>/<python_name> (lowercase); got "${id}"`);
  }
  for (const file of REQUIRED) {
    if (!existsSync(join(dir, file))) throw new ExerciseFormatError(`${where}${sep}${file}: missing (an exercise needs ${REQUIRED.join(', ')})`);
  }
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  let raw: unknown;
  try {
    raw = parseYaml(read('exercise.yaml'));
  } catch (error) {
    throw new ExerciseFormatError(`${where}${sep}exercise.yaml: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = exerciseMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');
    throw new ExerciseFormatError(`${where}${sep}exercise.yaml: invalid metadata\n${issues}`);
  }
  const meta = parsed.data;
  const wrongDir = join(dir, 'wrong');
  const wrongFiles = existsSync(wrongDir) ? readdirSync(wrongDir).filter((f) => f.endsWith('.py')).sort() : [];
  const wrongSolutions: Record<string, string> = {};
  for (const file of wrongFiles) wrongSolutions[file.replace(/\.py$/, '')] = readFileSync(join(wrongDir, file), 'utf8');
  const described = Object.keys(meta.wrong).sort();
  const present = Object.keys(wrongSolutions).sort();
  if (described.join() !== present.join()) {
    throw new ExerciseFormatError(
      `${where}${sep}wrong: files [${present.join(', ')}] do not match exercise.yaml "wrong" keys [${described.join(', ')}]`,
    );
  }
  return {
    id,
    module: id.split('/')[0],
    dir,
    meta,
    prompt: read('prompt.md'),
    starter: read('starter.py'),
    solution: read('solution.py'),
    tests: read('tests.py'),
    prelude: existsSync(join(dir, 'prelude.py')) ? read('prelude.py') : '',
    wrongSolutions,
  };
}

export function readAllExercises(root: string): ExerciseFiles[] {
  return listExerciseIds(root).map((id) => readExercise(root, id));
}
