// The worker boundary: every message between the page and the Python worker, typed.
// Kept tiny and transport-agnostic (postMessage today; anything that moves JSON tomorrow).

/** A learner-facing error, already trimmed to the learner's own code. */
export interface LearnerError {
  /** Python exception class name, e.g. `ZeroDivisionError`. */
  type: string;
  /** The exception's message. */
  message: string;
  /** 1-based line in the learner's code, when the error points there. */
  line: number | null;
  /** A traceback that shows only the learner's frames. */
  traceback: string;
}

/** Outcome of pressing Run. */
export interface RunOutcome {
  ok: boolean;
  error: LearnerError | null;
  interrupted?: boolean;
}

/** One test cell's verdict. */
export interface TestResult {
  /** The test function's name, e.g. `test_empty_string`. */
  name: string;
  /** The test's docstring: what it checks, in the learner's words. */
  description: string;
  passed: boolean;
  /** Why it failed (empty when passed). */
  message: string;
  /** Short repr of the expected value, when the test compared values. */
  expected: string | null;
  /** Short repr of what the learner's code produced. */
  actual: string | null;
  /** The learner's exception, when their code raised. */
  error: LearnerError | null;
}

/** Outcome of pressing Check: every cell, not just the first failure. */
export interface CheckReport {
  passed: boolean;
  /** Set when the learner's code could not even be loaded (syntax error, exception at top level). */
  load_error: LearnerError | null;
  tests: TestResult[];
  /** Whatever the code printed while being checked (capped). */
  stdout: string;
}

/** What a job needs: the code, the exercise's hidden prelude and the packages to load first. */
export interface JobSpec {
  /** Learner source. */
  source: string;
  /** Hidden setup code run before the learner's code. */
  prelude: string;
  /** Pyodide packages to load before running (e.g. `numpy`). */
  packages: string[];
}

/** Page → worker. */
export type Request =
  | {
      kind: 'init';
      /** Where the self-hosted Pyodide core lives (under the site's base). */
      indexURL: string;
      /** Where packages are downloaded from (CDN by default, configurable at build time). */
      packageBaseUrl: string;
      /**
       * Shared buffer when the page is cross-origin isolated, null otherwise. [0]: Pyodide's interrupt
       * signal (2 = SIGINT). [1]: the id of the last job the worker finished, written before its reply.
       */
      interruptBuffer: Int32Array | null;
      /** The page will send the compiled interpreter (a `wasm` request): see precompiled-wasm.ts. */
      precompiledWasm: boolean;
      /** The learner's browser asks to save data: download no more than Python needs (shipped-snapshot.ts). */
      savesData?: boolean;
      /**
       * Fetch the build's interpreter snapshot whatever the link's speed (unless saving data): set by
       * end-to-end tests (`window.__mldojoAlwaysShippedSnapshot`), whose machine is too busy to be sure
       * to look fast. Learners never set it.
       */
      alwaysShippedSnapshot?: boolean;
    }
  /** The compiled pyodide.asm.wasm, or null when the page could not compile it. */
  | { kind: 'wasm'; module: WebAssembly.Module | null }
  /**
   * A Run or Check is waiting for Python to start: skip what can wait, the interpreter snapshot
   * (~70 ms of a cold start, measured). The next fresh worker, the warm spare, takes it instead.
   */
  | { kind: 'learner-waiting' }
  | { kind: 'load'; jobId: number; packages: string[] }
  | ({ kind: 'run'; jobId: number } & JobSpec)
  | ({ kind: 'check'; jobId: number; tests: string } & JobSpec);

/**
 * What a worker's boot did with the interpreter snapshot (see the `ready` reply): restored the one
 * this browser keeps, restored the build's (`shipped`: a first visit on a fast link), made one,
 * left making it to a later worker, or none of these.
 */
export type SnapshotUse = 'restored' | 'shipped' | 'made' | 'deferred' | 'none';

/** Index in the shared interrupt buffer where the worker writes the id of the job it just finished. */
export const FINISHED_JOB_SLOT = 1;

/** Worker → page. */
export type Reply =
  /**
   * `ms`: worker start → ready; `interpreterMs`: of which loading Pyodide itself; `snapshot`:
   * whether the interpreter was restored from, or saved as, a memory snapshot (SnapshotUse).
   */
  | { kind: 'ready'; pythonVersion: string; ms: number; interpreterMs?: number; snapshot?: SnapshotUse }
  | { kind: 'status'; jobId: number | null; text: string }
  | { kind: 'stdout'; jobId: number; text: string }
  | { kind: 'stderr'; jobId: number; text: string }
  | { kind: 'figure'; jobId: number; png: string }
  | { kind: 'progress'; jobId: number | null; packages: string[]; loadedBytes: number; totalBytes: number }
  | { kind: 'loaded'; jobId: number }
  /** Files the worker downloaded, for the offline cache: a worker started before the service worker took over is invisible to it. */
  | { kind: 'fetched'; urls: string[] }
  | { kind: 'output-truncated'; jobId: number; droppedChars: number }
  | { kind: 'run-result'; jobId: number; outcome: RunOutcome }
  | { kind: 'check-result'; jobId: number; report: CheckReport }
  /** `fatal` means the interpreter is unusable and the worker must be replaced. */
  | { kind: 'error'; jobId: number | null; message: string; fatal?: boolean };
