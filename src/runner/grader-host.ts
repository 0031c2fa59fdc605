// Installs the shared Python grader into a Pyodide instance and calls it. Used by the exercise
// worker in the browser, by `npm run check:content` and by unit tests in Node, so all three
// grade through the same code path.
import type { PyodideAPI } from 'pyodide';
import type { CheckReport, RunOutcome } from './protocol.ts';

const GRADER_PATH = '/home/pyodide/mldojo_grader.py';

export function installGrader(pyodide: PyodideAPI, graderSource: string): void {
  pyodide.FS.writeFile(GRADER_PATH, graderSource);
  pyodide.runPython('import sys, importlib\nif "/home/pyodide" not in sys.path: sys.path.insert(0, "/home/pyodide")\nimport mldojo_grader\nimportlib.reload(mldojo_grader)');
}

export function checkWithGrader(pyodide: PyodideAPI, source: string, tests: string, prelude = ''): CheckReport {
  const grader = pyodide.pyimport('mldojo_grader');
  try {
    return JSON.parse(grader.check_json(source, tests, prelude)) as CheckReport;
  } finally {
    grader.destroy();
  }
}

export function runWithGrader(pyodide: PyodideAPI, source: string, prelude = ''): RunOutcome {
  const json = pyodide.pyimport('json');
  const grader = pyodide.pyimport('mldojo_grader');
  try {
    return JSON.parse(json.dumps(grader.run(source, prelude))) as RunOutcome;
  } finally {
    grader.destroy();
    json.destroy();
  }
}
