// Boots the real Pyodide core (from the npm package) with the standard library the site ships
// (precompiled: tests/unit/setup-stdlib.ts) and the shared grader installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { installGrader } from '../../../src/runner/grader-host.ts';
import { SHIPPED_STDLIB } from '../../../scripts/precompile-stdlib.ts';

export const GRADER_SOURCE = readFileSync(join(import.meta.dirname, '../../../src/runner/python/mldojo_grader.py'), 'utf8');

export async function bootPyodide(): Promise<PyodideAPI> {
  const pyodide = await loadPyodide({ stdLibURL: SHIPPED_STDLIB });
  installGrader(pyodide, GRADER_SOURCE);
  return pyodide;
}
