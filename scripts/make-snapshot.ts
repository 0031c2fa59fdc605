// The shipped interpreter snapshot. Booting CPython is most of a cold visit's wait for its first
// output (~0.7 s of a worker's boot in Chromium on 2 cores), and restoring a memory snapshot skips
// it. Later visits restore the one the browser keeps (src/runner/snapshot.ts); this one serves a
// first visit, on a link fast enough to fetch it sooner than Python would boot
// (src/runner/shipped-snapshot.ts decides). Made in Node by the very core the browser runs, booted
// and with the grader imported exactly as the worker does it (src/runner/worker.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importGrader } from '../src/runner/grader-host.ts';
import { PYTHON_ENV } from '../src/runner/python-env.ts';
import { packSnapshot } from '../src/runner/snapshot-pack.ts';
import { GRADER_BYTECODE, GRADER_SOURCE_FILE } from './precompile-grader.ts';
import { SHIPPED_STDLIB } from './precompile-stdlib.ts';

/** Where the worker's build finds it (imported with `?url`, so it ships under a hashed name). */
export const SHIPPED_SNAPSHOT = join(import.meta.dirname, '..', '.cache', 'snapshot', 'interpreter.snap');

/** The inputs that decide the snapshot's bytes; a change to any of them makes it again. */
function stampOf(): string {
  const pyodideDir = join(import.meta.dirname, '..', 'node_modules', 'pyodide');
  const hash = createHash('sha256');
  for (const file of ['package.json', 'pyodide.asm.wasm', 'pyodide.asm.mjs']) hash.update(readFileSync(join(pyodideDir, file)));
  for (const file of [SHIPPED_STDLIB, GRADER_SOURCE_FILE, GRADER_BYTECODE]) hash.update(readFileSync(file));
  for (const file of ['make-snapshot.ts', '../src/runner/python-env.ts', '../src/runner/snapshot-pack.ts', '../src/runner/grader-host.ts'])
    hash.update(readFileSync(join(import.meta.dirname, file)));
  return hash.digest('hex');
}

/**
 * Make SHIPPED_SNAPSHOT (packed as the browser keeps snapshots, then gzipped: hosts such as GitHub
 * Pages do not compress binary files) unless its inputs are unchanged. True when it made one.
 * Needs the shipped standard library and the grader's bytecode made first.
 */
export async function makeShippedSnapshot(to = SHIPPED_SNAPSHOT): Promise<boolean> {
  const stamp = stampOf();
  if (existsSync(to) && existsSync(`${to}.stamp`) && readFileSync(`${to}.stamp`, 'utf8') === stamp) return false;
  const { loadPyodide } = await import('pyodide');
  type Options = Parameters<typeof loadPyodide>[0] & { _makeSnapshot: boolean };
  const pyodide = await loadPyodide({ stdLibURL: SHIPPED_STDLIB, env: { ...PYTHON_ENV }, _makeSnapshot: true } as Options);
  importGrader(pyodide, readFileSync(GRADER_SOURCE_FILE, 'utf8'), { bytecode: readFileSync(GRADER_BYTECODE) });
  // Node names its script as the program; the browser says this (Emscripten's default).
  pyodide.runPython("import os; os.environ['_'] = './this.program'; del os");
  const snapshot = (pyodide as unknown as { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(`${to}.partial`, gzipSync(packSnapshot(snapshot), { level: 9 }));
  renameSync(`${to}.partial`, to);
  writeFileSync(`${to}.stamp`, stamp);
  return true;
}
