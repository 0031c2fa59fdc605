// Every fresh interpreter imports the grader (~600 lines of Python) before the learner's first Run:
// compiling it took 18–48 ms of a cold start in Chromium's worker (14 ms in Node). It is compiled
// here once, by the very interpreter the browser runs, as a *checked-hash* pyc: CPython uses it
// only if it was made from exactly the source written beside it, and otherwise compiles that source
// as before, so a stale or foreign file can cost time, never a wrong grader.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GRADER_PATH } from '../src/runner/grader-host.ts';

export const GRADER_SOURCE_FILE = join(import.meta.dirname, '..', 'src', 'runner', 'python', 'mldojo_grader.py');
/** Where the worker's build finds the bytecode (imported with `?url`, so it ships under a hashed name). */
export const GRADER_BYTECODE = join(import.meta.dirname, '..', '.cache', 'grader', 'mldojo_grader.pyc');

/** Make GRADER_BYTECODE unless it was made from this source by this Pyodide. True when it compiled. */
export async function precompileGrader(source = GRADER_SOURCE_FILE, to = GRADER_BYTECODE): Promise<boolean> {
  const text = readFileSync(source, 'utf8');
  const pyodideVersion = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', 'pyodide', 'package.json'), 'utf8')).version;
  const stamp = createHash('sha256').update(`${pyodideVersion}\n${text}`).digest('hex');
  if (existsSync(to) && existsSync(`${to}.stamp`) && readFileSync(`${to}.stamp`, 'utf8') === stamp) return false;
  const { loadPyodide } = await import('pyodide');
  const pyodide = await loadPyodide();
  pyodide.FS.mkdirTree(dirname(GRADER_PATH));
  pyodide.FS.writeFile(GRADER_PATH, text);
  pyodide.runPython(
    `import py_compile; py_compile.compile(${JSON.stringify(GRADER_PATH)}, cfile='/tmp/grader.pyc', doraise=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)`,
  );
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(`${to}.partial`, pyodide.FS.readFile('/tmp/grader.pyc'));
  renameSync(`${to}.partial`, to);
  writeFileSync(`${to}.stamp`, stamp);
  return true;
}
