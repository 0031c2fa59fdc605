// Installs the shared Python grader into a Pyodide instance and calls it. Used by the exercise
// worker in the browser, by `npm run check:content` and by unit tests in Node, so all three
// grade through the same code path.
import type { PyodideAPI } from 'pyodide';
import type { CheckReport, RunOutcome } from './protocol.ts';

/** Where every interpreter keeps the grader's source (tracebacks read it; bytecode is checked against it). */
export const GRADER_PATH = '/home/pyodide/mldojo_grader.py';
/** Where precompiled grader bytecode waits until Python moves it to its `__pycache__` name. */
const BYTECODE_DRAFT = '/tmp/mldojo_grader.pyc';

type PyCallable = ((...args: unknown[]) => { toJs?: () => unknown } & unknown) & { destroy(): void };

/** Handles to the grader's entry points, looked up once: a Run should cost milliseconds. */
interface Handles {
  run: PyCallable;
  checkJson: PyCallable;
  dumps: PyCallable;
  figures: PyCallable;
}
const handles = new WeakMap<PyodideAPI, Handles>();

/**
 * Writes the grader's file and imports it: Python only, no handle crosses into JS, so it may run
 * before a memory snapshot is taken. The worker does that, so an interpreter restored from the
 * snapshot has the grader compiled already (`imported: true`; the file is written again because
 * the file system is not part of a snapshot, and tracebacks read it). An interpreter that imported
 * the grader before reloads it, so it always runs the source it was given.
 */
export function importGrader(pyodide: PyodideAPI, graderSource: string, { imported = false, bytecode = null }: { imported?: boolean; bytecode?: Uint8Array | null } = {}): void {
  pyodide.FS.mkdirTree('/home/pyodide');
  pyodide.FS.writeFile(GRADER_PATH, graderSource);
  if (imported) return;
  // The build's checked-hash pyc (scripts/precompile-grader.ts), put where the import looks for it:
  // CPython checks it against the source above and compiles the source instead if they differ.
  if (bytecode) pyodide.FS.writeFile(BYTECODE_DRAFT, bytecode);
  pyodide.runPython(
    [
      'import sys, importlib, importlib.util, os',
      `if os.path.exists(${JSON.stringify(BYTECODE_DRAFT)}):`,
      `    _cached = importlib.util.cache_from_source(${JSON.stringify(GRADER_PATH)})`,
      '    os.makedirs(os.path.dirname(_cached), exist_ok=True)',
      `    os.replace(${JSON.stringify(BYTECODE_DRAFT)}, _cached)`,
      '    del _cached',
      'if "/home/pyodide" not in sys.path: sys.path.insert(0, "/home/pyodide")',
      'if "mldojo_grader" in sys.modules: importlib.reload(sys.modules["mldojo_grader"])',
      'else: import mldojo_grader',
    ].join('\n'),
  );
}

/** Looks up the grader's entry points in an interpreter that has imported it (`importGrader`). */
export function attachGrader(pyodide: PyodideAPI): void {
  const grader = pyodide.pyimport('mldojo_grader');
  const json = pyodide.pyimport('json');
  // Attribute proxies borrow from their module proxy, so the modules stay alive with them.
  handles.set(pyodide, { run: grader.run, checkJson: grader.check_json, dumps: json.dumps, figures: grader.collect_figures });
}

export function installGrader(pyodide: PyodideAPI, graderSource: string): void {
  importGrader(pyodide, graderSource);
  attachGrader(pyodide);
}

function get(pyodide: PyodideAPI): Handles {
  const h = handles.get(pyodide);
  if (!h) throw new Error('installGrader() (or attachGrader()) must run before the grader is used');
  return h;
}

export function checkWithGrader(pyodide: PyodideAPI, source: string, tests: string, prelude = ''): CheckReport {
  return JSON.parse(get(pyodide).checkJson(source, tests, prelude) as unknown as string) as CheckReport;
}

export function runWithGrader(pyodide: PyodideAPI, source: string, prelude = ''): RunOutcome {
  const h = get(pyodide);
  const outcome = h.run(source, prelude) as unknown as { destroy(): void };
  try {
    return JSON.parse(h.dumps(outcome) as unknown as string) as RunOutcome;
  } finally {
    outcome.destroy();
  }
}

/** PNGs (base64) of the figures the last job left open; closes them. */
export function takeFigures(pyodide: PyodideAPI): string[] {
  const list = get(pyodide).figures() as unknown as { toJs(): string[]; destroy(): void };
  try {
    return list.toJs();
  } finally {
    list.destroy();
  }
}
