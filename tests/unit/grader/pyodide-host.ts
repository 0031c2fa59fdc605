// Boots the real Pyodide core (from the npm package) with the standard library the site ships
// (precompiled: tests/unit/setup-stdlib.ts) and the shared grader installed, either fresh or the
// way the worker does on a later visit: restored from a snapshot taken after importing the grader
// and kept as the worker keeps it (packed without its empty pages).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { attachGrader, importGrader, installGrader } from '../../../src/runner/grader-host.ts';
import { SHIPPED_STDLIB } from '../../../scripts/precompile-stdlib.ts';
import { GRADER_BYTECODE } from '../../../scripts/precompile-grader.ts';
import { packSnapshot, unpackSnapshot } from '../../../src/runner/snapshot-pack.ts';
import { freshenRestored } from '../../../src/runner/after-restore.ts';
import { PYTHON_ENV } from '../../../src/runner/python-env.ts';
import { SHIPPED_SNAPSHOT } from '../../../scripts/make-snapshot.ts';

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

/** Restored as the worker restores any snapshot: the grader's file written again, state freshened. */
async function restoreAsTheWorker(snapshot: Uint8Array): Promise<PyodideAPI> {
  const pyodide = await loadPyodide({ stdLibURL: SHIPPED_STDLIB, env: { ...PYTHON_ENV }, _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0]);
  importGrader(pyodide, GRADER_SOURCE, { imported: true });
  freshenRestored(pyodide);
  attachGrader(pyodide);
  return pyodide;
}

export const bootRestoredPyodide = async (): Promise<PyodideAPI> => restoreAsTheWorker(await keptGraderSnapshot());

/** The build's snapshot (scripts/make-snapshot.ts) as a first visit's worker reads it: gunzipped, unpacked. */
export function shippedSnapshot(): Uint8Array {
  const memory = unpackSnapshot(new Uint8Array(gunzipSync(readFileSync(SHIPPED_SNAPSHOT))));
  if (!memory) throw new Error('the shipped snapshot did not unpack');
  return memory;
}

export const bootShippedPyodide = (): Promise<PyodideAPI> => restoreAsTheWorker(shippedSnapshot());

/** Grader suites run on every kind of interpreter a learner's code can meet. */
export const INTERPRETERS = [
  ['fresh', bootPyodide],
  ['restored from a snapshot', bootRestoredPyodide],
  ["restored from the build's snapshot", bootShippedPyodide],
] as const;
