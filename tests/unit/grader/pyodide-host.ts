// Boots the real Pyodide core (from the npm package) with the standard library the site ships
// (precompiled: tests/unit/setup-stdlib.ts) and the shared grader installed, either fresh or the
// way the worker does on a later visit: restored from a snapshot taken after importing the grader
// and kept as the worker keeps it (packed without its empty pages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { attachGrader, importGrader, installGrader } from '../../../src/runner/grader-host.ts';
import { SHIPPED_STDLIB } from '../../../scripts/precompile-stdlib.ts';
import { GRADER_BYTECODE } from '../../../scripts/precompile-grader.ts';
import { packSnapshot, unpackSnapshot } from '../../../src/runner/snapshot-pack.ts';

export const GRADER_SOURCE = readFileSync(join(import.meta.dirname, '../../../src/runner/python/mldojo_grader.py'), 'utf8');

/** Pyodide's snapshot options are private API (src/runner/worker.ts uses the same two). */
type SnapshotOptions = { _makeSnapshot?: boolean; _loadSnapshot?: Uint8Array };
export const boot = (options: SnapshotOptions = {}) => loadPyodide({ stdLibURL: SHIPPED_STDLIB, ...options } as Parameters<typeof loadPyodide>[0]);

export async function bootPyodide(): Promise<PyodideAPI> {
  const pyodide = await boot();
  installGrader(pyodide, GRADER_SOURCE);
  return pyodide;
}

/** The grader's bytecode as the build makes it (scripts/precompile-grader.ts; tests/unit/setup-stdlib.ts). */
export const graderBytecode = (): Uint8Array => readFileSync(GRADER_BYTECODE);

/** A snapshot of a fresh interpreter that has imported the grader, as the worker takes it (from the build's bytecode). */
export async function graderSnapshot(): Promise<Uint8Array> {
  const first = await boot({ _makeSnapshot: true });
  importGrader(first, GRADER_SOURCE, { bytecode: graderBytecode() });
  return first.makeMemorySnapshot();
}

/** The same snapshot after the trip through Cache Storage: packed without its empty pages, unpacked. */
export async function keptGraderSnapshot(): Promise<Uint8Array> {
  const kept = unpackSnapshot(packSnapshot(await graderSnapshot()));
  if (!kept) throw new Error('a packed snapshot did not unpack');
  return kept;
}

/** An interpreter restored from `graderSnapshot()`, before the grader is attached. */
export const restoreFrom = (snapshot: Uint8Array): Promise<PyodideAPI> => boot({ _loadSnapshot: snapshot });

export async function bootRestoredPyodide(): Promise<PyodideAPI> {
  const pyodide = await restoreFrom(await keptGraderSnapshot());
  importGrader(pyodide, GRADER_SOURCE, { imported: true });
  attachGrader(pyodide);
  return pyodide;
}

/** Grader suites run on both kinds of interpreter a learner's code can meet. */
export const INTERPRETERS = [
  ['fresh', bootPyodide],
  ['restored from a snapshot', bootRestoredPyodide],
] as const;
