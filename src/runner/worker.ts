/// <reference lib="webworker" />
// The Python worker: one Pyodide interpreter, the shared grader, on-demand packages.
// Everything crossing the boundary is typed in protocol.ts.
import type { PyodideAPI } from 'pyodide';
import graderSource from './python/mldojo_grader.py?raw';
import graderBytecodeUrl from '../../.cache/grader/mldojo_grader.pyc?url';
import shippedSnapshotUrl from '../../.cache/snapshot/interpreter.snap?url';
import { attachGrader, checkWithGrader, importGrader, runWithGrader, takeFigures } from './grader-host';
import { OutputCap } from './output-cap';
import { PackageFetchTracker } from './package-progress';
import { interceptWasm } from './precompiled-wasm';
import { bootFailureMessage, watchCoreFetches } from './boot-failure';
import { canKeepSnapshots, dropSnapshot, readSnapshot, saveSnapshot, snapshotKey, snapshotNowOrLater } from './snapshot';
import { answerFetchWith, fetchShippedSnapshot, meteredFetch, rateWorthFetching, SHIPPED_SNAPSHOT_DEADLINE_MS, type MeteredDownload } from './shipped-snapshot';
import { freshenRestored } from './after-restore';
import { PYTHON_ENV } from './python-env';
import { FINISHED_JOB_SLOT, type Reply, type Request, type SnapshotUse } from './protocol';
import { coreFileUrls, stdlibUrl } from '../lib/pyodide-core';

/** The pinned Pyodide version (scripts/copy-pyodide.ts checks the self-hosted core matches it). */
declare const __PYODIDE_VERSION__: string;
/** Hash of the standard library zip the site serves (site-config.mjs). */
declare const __PYODIDE_STDLIB_ID__: string;
/** Size of the shipped interpreter snapshot (scripts/make-snapshot.ts). */
declare const __SHIPPED_SNAPSHOT_BYTES__: number;
/** How long after booting the worker waits to store its snapshot (a first Run usually ends sooner). */
const SNAPSHOT_SAVE_DELAY_MS = 1500;
const post = (reply: Reply) => (self as unknown as Worker).postMessage(reply);
let pyodide: PyodideAPI | null = null;
let ready: Promise<PyodideAPI> | null = null;
let currentJob: number | null = null;
let shared: Int32Array | null = null;
let out: OutputCap | null = null;
let err: OutputCap | null = null;
const loaded = new Set<string>();
let receiveWasm: (module: WebAssembly.Module | null) => void = () => {};
const precompiledWasm = new Promise<WebAssembly.Module | null>((resolve) => (receiveWasm = resolve));
/** A Run or Check is queued for when Python is ready (a `learner-waiting` request). */
let learnerWaiting = false;
const tracker = new PackageFetchTracker((p) => post({ kind: 'progress', jobId: currentJob, ...p }));

async function boot(init: Extract<Request, { kind: 'init' }>): Promise<PyodideAPI> {
  tracker.install(init.packageBaseUrl);
  const keep = canKeepSnapshots();
  const key = snapshotKey(init.indexURL, self.location.href, `${__PYODIDE_VERSION__}-${__PYODIDE_STDLIB_ID__}`);
  const core = watchCoreFetches(init.indexURL);
  try {
    return await startInterpreter(init, keep, key);
  } catch (e) {
    throw new Error(bootFailureMessage(e, core.failure()));
  } finally {
    core.restore();
  }
}

async function startInterpreter(init: Extract<Request, { kind: 'init' }>, keep: boolean, key: string): Promise<PyodideAPI> {
  const started = performance.now();
  // Fetched here rather than by Pyodide, so the link's speed is known before choosing how to boot.
  const stdlib = meteredFetch(stdlibUrl(init.indexURL, __PYODIDE_STDLIB_ID__));
  const unanswer = answerFetchWith(stdlib.url, stdlib.body);
  try {
    return await bootInterpreter(init, keep, key, started, stdlib);
  } finally {
    unanswer();
  }
}

async function bootInterpreter(init: Extract<Request, { kind: 'init' }>, keep: boolean, key: string, started: number, stdlib: MeteredDownload): Promise<PyodideAPI> {
  const [{ loadPyodide }, saved] = await Promise.all([
    import(/* @vite-ignore */ init.indexURL + 'pyodide.mjs') as Promise<typeof import('pyodide')>,
    keep ? readSnapshot(key) : null,
  ]);
  const options = { indexURL: init.indexURL, stdLibURL: stdlib.url, packageBaseUrl: init.packageBaseUrl, env: { ...PYTHON_ENV } };
  type LoadOptions = Parameters<typeof loadPyodide>[0];
  // One attempt, which ends if the wasm cannot be had (Pyodide alone would wait forever).
  const load = async (extra: LoadOptions) => {
    const wasm = interceptWasm(init.indexURL, init.precompiledWasm ? precompiledWasm : null);
    try {
      return await Promise.race([loadPyodide({ ...options, ...extra }), wasm.failed]);
    } finally {
      wasm.restore();
    }
  };
  let py: PyodideAPI | null = null;
  let snapshot: SnapshotUse = 'none';
  if (saved) {
    py = await load({ _loadSnapshot: saved }).catch(() => null);
    if (py) snapshot = 'restored';
    else await dropSnapshot(key);
  }
  // Wanted by a fresh boot only, but started now: a boot that falls back from the build's snapshot
  // reaches the grader's import too soon for a download started then.
  const bytecode = py ? null : fetchGraderBytecode();
  if (!py && !init.savesData && (init.alwaysShippedSnapshot || (await stdlib.atLeast(rateWorthFetching(__SHIPPED_SNAPSHOT_BYTES__))))) {
    const shipped = fetchShippedSnapshot(new URL(shippedSnapshotUrl, self.location.href).href, SHIPPED_SNAPSHOT_DEADLINE_MS);
    shipped.catch(() => {}); // a failed snapshot is given up below, whether or not Pyodide got to read it
    py = await load({ _loadSnapshot: shipped.then((s) => s.memory) }).catch(() => null);
    if (py) {
      snapshot = 'shipped';
      // Kept as this browser's own, so later visits restore it from disk (snapshot.ts); packed already.
      if (keep) void shipped.then(({ packed }) => setTimeout(() => void saveSnapshot(key, packed, { packed: true }), SNAPSHOT_SAVE_DELAY_MS));
    }
  }
  if (!py) {
    py = await load({ _makeSnapshot: keep });
    // Imported before the snapshot, so a restored interpreter has the grader ready.
    importGrader(py, graderSource, { bytecode: bytecode && (await ifArrived(bytecode)) });
    // Copying the interpreter's memory costs a cold start ~70 ms (interleaved A/B, README), so a
    // learner who is already waiting gets their output first; the warm spare keeps a snapshot later.
    if (keep && (await snapshotNowOrLater(() => learnerWaiting)) === 'later') snapshot = 'deferred';
    else if (keep) {
      try {
        // Taken now, before any learner code runs. Stored a little later: packing and writing it
        // cost the worker tens of ms, which would otherwise delay the Run the learner is waiting for.
        const bytes = py.makeMemorySnapshot();
        setTimeout(() => void saveSnapshot(key, bytes), SNAPSHOT_SAVE_DELAY_MS);
        snapshot = 'made';
      } catch {
        // Private API: if it ever refuses, this visit simply has no snapshot for the next.
      }
    }
  }
  const interpreterMs = performance.now() - started;
  if (init.interruptBuffer) py.setInterruptBuffer((shared = init.interruptBuffer));
  const decoder = new TextDecoder();
  py.setStdout({ write: (buf: Uint8Array) => (out?.write(decoder.decode(buf, { stream: true })), buf.length) });
  py.setStderr({ write: (buf: Uint8Array) => (err?.write(decoder.decode(buf, { stream: true })), buf.length) });
  py.setStdin({ error: true });
  if (snapshot === 'restored' || snapshot === 'shipped') {
    importGrader(py, graderSource, { imported: true });
    freshenRestored(py);
  }
  attachGrader(py);
  pyodide = py;
  post({
    kind: 'ready',
    pythonVersion: py.runPython('import sys; sys.version.split()[0]') as string,
    ms: Math.round(performance.now() - started),
    interpreterMs: Math.round(interpreterMs),
    snapshot,
  });
  post({ kind: 'fetched', urls: [...coreFileUrls(init.indexURL, __PYODIDE_STDLIB_ID__), new URL(graderBytecodeUrl, self.location.href).href] });
  return py;
}

/** The grader's precompiled bytecode (scripts/precompile-grader.ts), or null: the source is compiled instead. */
function fetchGraderBytecode(): Promise<Uint8Array | null> {
  return fetch(graderBytecodeUrl)
    .then(async (response) => (response.ok ? new Uint8Array(await response.arrayBuffer()) : null))
    .catch(() => null);
}

/** `promise`'s value if it has settled already, else null: a slow download must not hold Python back. */
function ifArrived<T>(promise: Promise<T | null>): Promise<T | null> {
  return Promise.race([promise, Promise.resolve(null)]);
}

/** Load packages, failing fast with a message that names what could not be fetched. */
async function ensurePackages(py: PyodideAPI, jobId: number, packages: string[]): Promise<void> {
  const missing = packages.filter((p) => !loaded.has(p));
  if (missing.length === 0) return;
  post({ kind: 'status', jobId, text: `Loading ${missing.join(', ')}…` });
  const errors: string[] = [];
  tracker.begin(missing);
  try {
    await py.loadPackage(missing, { messageCallback: () => {}, errorCallback: (m: string) => errors.push(m) });
  } finally {
    tracker.end();
  }
  const fetched = tracker.takeFetched();
  if (fetched.length) post({ kind: 'fetched', urls: fetched });
  // loadPackage resolves even when a download failed: verify by importing.
  const importName: Record<string, string> = { 'scikit-learn': 'sklearn' };
  const failed = missing.filter((p) => {
    try {
      py.pyimport(importName[p] ?? p);
      return false;
    } catch {
      return true;
    }
  });
  if (failed.length) {
    // Pyodide reports "The following error occurred while loading numpy:" then the cause: show the cause.
    const detail =
      errors
        .join('\n')
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line && !line.endsWith(':') && /fetch|network|download|load|error/i.test(line)) ?? '';
    throw new Error(
      `Could not download ${failed.join(', ')} from ${tracker.baseUrl}. You may be offline or the package server may be unreachable; ` +
        `exercises that use only the standard library still work.${detail ? ` (${detail})` : ''}`,
    );
  }
  for (const p of missing) loaded.add(p);
}

/**
 * A job's last reply. Marked in the shared buffer first: a busy page may read the reply only after
 * its interrupt grace runs out, and the mark tells it the interrupt landed (keep this interpreter).
 */
function settle(reply: Reply & { jobId: number }) {
  if (shared) Atomics.store(shared, FINISHED_JOB_SLOT, reply.jobId);
  post(reply);
}

function startOutput(jobId: number) {
  out = new OutputCap((text) => post({ kind: 'stdout', jobId, text }));
  err = new OutputCap((text) => post({ kind: 'stderr', jobId, text }));
}

function finishOutput(jobId: number) {
  out?.flush();
  err?.flush();
  const dropped = (out?.dropped ?? 0) + (err?.dropped ?? 0);
  if (dropped) post({ kind: 'output-truncated', jobId, droppedChars: dropped });
  out = err = null;
}

function postFigures(py: PyodideAPI, jobId: number, show: boolean) {
  const figures = takeFigures(py);
  if (show) for (const png of figures) post({ kind: 'figure', jobId, png });
}

async function handle(msg: Exclude<Request, { kind: 'wasm' | 'learner-waiting' }>): Promise<void> {
  if (msg.kind === 'init') {
    ready = boot(msg);
    ready.catch((e) => post({ kind: 'error', jobId: null, message: `Python could not start: ${(e as Error).message}`, fatal: true }));
    return;
  }
  const py = await ready!;
  currentJob = msg.jobId;
  try {
    await ensurePackages(py, msg.jobId, msg.packages);
    if (msg.kind === 'load') return settle({ kind: 'loaded', jobId: msg.jobId });
    startOutput(msg.jobId);
    if (msg.kind === 'run') {
      const outcome = runWithGrader(py, msg.source, msg.prelude);
      finishOutput(msg.jobId);
      postFigures(py, msg.jobId, true);
      settle({ kind: 'run-result', jobId: msg.jobId, outcome });
    } else {
      const report = checkWithGrader(py, msg.source, msg.tests, msg.prelude);
      finishOutput(msg.jobId);
      postFigures(py, msg.jobId, false);
      settle({ kind: 'check-result', jobId: msg.jobId, report });
    }
  } catch (e) {
    finishOutput(msg.jobId);
    const message = (e as Error).message ?? String(e);
    // A PythonError reaching here means the grader itself broke; anything from Emscripten is fatal.
    const fatal = /fatal|RangeError|Maximum call stack|memory access out of bounds|unreachable/i.test(message);
    settle({ kind: 'error', jobId: msg.jobId, message, fatal });
  } finally {
    currentJob = null;
  }
}

// Jobs run one after another; the page never sends a second before the first answers, but a
// queue keeps that true even if it did.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<Request>) => {
  const msg = event.data;
  if (msg.kind === 'wasm') receiveWasm(msg.module);
  else if (msg.kind === 'learner-waiting') learnerWaiting = true;
  else if (msg.kind === 'init') void handle(msg);
  else queue = queue.then(() => handle(msg));
};
