// Boots the real Pyodide core (from the npm package) with the shared grader installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { installGrader } from '../../../src/runner/grader-host.ts';

export const GRADER_SOURCE = readFileSync(join(import.meta.dirname, '../../../src/runner/python/mldojo_grader.py'), 'utf8');

export async function bootPyodide(): Promise<PyodideAPI> {
  const pyodide = await loadPyodide();
  installGrader(pyodide, GRADER_SOURCE);
  return pyodide;
}
