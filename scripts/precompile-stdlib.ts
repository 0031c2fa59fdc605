// Pyodide ships its standard library as .py sources, so every cold start compiles the ~130 modules
// its own start-up imports (asyncio, inspect, typing, …) before Python can print anything: ~70 %
// of the boot (measured: 1.85 s → 0.53 s in Node; first output on a cold lesson ~3 s → ~1.5 s in
// Chromium). We compile them once, here, with the very interpreter the browser runs, and ship
// bytecode only: Pyodide's own package wheels are shipped the same way.
// Column ranges are left out of that bytecode (PYTHONNODEBUGRANGES): with no source beside it a
// traceback could not underline anything anyway, and it saves ~1 MB. Learner code is compiled in
// the browser as before, with full ranges.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SHIPPED_STDLIB_FILE } from '../src/lib/pyodide-core.ts';

/** Bump when the way the zip is made changes here (precompile_stdlib.py is hashed into the stamp). */
const RECIPE = 'mldojo-stdlib-pyc/1 no-debug-ranges';
const SCRIPT = join(import.meta.dirname, 'precompile_stdlib.py');

/** The standard library as the site serves it (public/ is copied into every build). */
export const SHIPPED_STDLIB = join(import.meta.dirname, '..', 'public', 'pyodide', SHIPPED_STDLIB_FILE);
/** The standard library as Pyodide's npm package has it: Python sources. */
export const NPM_STDLIB = join(import.meta.dirname, '..', 'node_modules', 'pyodide', 'python_stdlib.zip');

/**
 * Make `to` from `from` unless it is already up to date (its zip comment records the recipe and
 * the hashes of the source and of the compiling script). Returns how many modules were compiled,
 * 0 when nothing had to be done.
 */
export async function precompileStdlib(from = NPM_STDLIB, to = SHIPPED_STDLIB): Promise<number> {
  const source = readFileSync(from);
  const script = readFileSync(SCRIPT, 'utf8');
  const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);
  const stamp = `${RECIPE} source=${sha(source)} script=${sha(script)}`;
  if (existsSync(to) && readFileSync(to).subarray(-stamp.length).toString() === stamp) return 0;
  const { loadPyodide } = await import('pyodide');
  const pyodide = await loadPyodide({ env: { PYTHONNODEBUGRANGES: '1' } });
  pyodide.FS.writeFile('/tmp/source.zip', source);
  const namespace = pyodide.toPy({});
  pyodide.runPython(script, { globals: namespace });
  const compiled = namespace.get('precompile')('/tmp/source.zip', '/tmp/out.zip', stamp) as number;
  mkdirSync(dirname(to), { recursive: true });
  // Written aside and renamed: a build interrupted half-way never leaves a truncated zip behind.
  writeFileSync(to + '.partial', pyodide.FS.readFile('/tmp/out.zip'));
  renameSync(to + '.partial', to);
  return compiled;
}

