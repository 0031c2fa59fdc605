// `npm run check:content`: proves every exercise — the reference solution passes every test cell,
// the starter fails at least one, every known-wrong solution fails at least one — with the site's
// own grader, on CPython (all exercises) and on the real Pyodide core (stdlib-only exercises).
// Usage: node scripts/check-content.ts [--only <id-prefix> ...] [--no-pyodide]
import { join } from 'node:path';
import { checkContent, defaultPython } from './content-check-lib.ts';

const args = process.argv.slice(2);
const only: string[] = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--only') only.push(args[++i]);

const started = performance.now();
const result = await checkContent({
  exercisesDir: join(process.cwd(), 'content', 'exercises'),
  lessonsDir: join(process.cwd(), 'content', 'docs'),
  python: defaultPython(),
  pyodide: !args.includes('--no-pyodide'),
  only,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const problem of result.problems) console.error(`✗ ${problem}`);
console.log(
  `check:content: ${result.exercises} exercises, ${result.graded} gradings, ${result.examples} runnable examples in ${seconds} s — ` +
    (result.problems.length ? `${result.problems.length} problem(s)` : 'all proven'),
);
process.exit(result.problems.length ? 1 : 0);
