// The page side of the Python worker: one runner per page, shared by every exercise and example.
// It owns the worker's life: warm start, time limits, Stop (interrupt when cross-origin
// isolated, else terminate and swap in a warm spare), and recovery after a crash.
import { isIsolated, packagesURL, pyodideIndexURL, startPythonWorker, takeEarlyWorker } from './boot';
import { RETRY_ADVICE } from './boot-failure';
import { FINISHED_JOB_SLOT, type CheckReport, type JobSpec, type Reply, type Request, type RunOutcome, type SnapshotUse } from './protocol';
import { offerForOffline } from '../offline/offer';

export interface JobHandlers {
  onStdout?(text: string): void;
  onStderr?(text: string): void;
  onFigure?(png: string): void;
  onStatus?(text: string): void;
  onTruncated?(droppedChars: number): void;
}

export type Stopped = { stopped: true; seconds: number; reason: 'stop' | 'time-limit' };
export type Failed = { failed: true; message: string };
export type RunResult = RunOutcome | Stopped | Failed;
export type CheckResult = CheckReport | Stopped | Failed;

export interface RunnerOptions {
  /** URL of the self-hosted Pyodide core, ending in `/`. */
  indexURL: string;
  /** Base URL packages are fetched from. */
  packageBaseUrl: string;
  /** Creates a worker; injectable so tests can count or fake them. */
  createWorker?: () => Worker;
  /** How long an interrupt may take before the worker is replaced anyway (ms). */
  interruptGraceMs?: number;
  /** Idle time after a job before the warm spare is started (ms). */
  spareDelayMs?: number;
}

interface Slot {
  worker: Worker;
  interrupt: Int32Array | null;
  ready: Promise<void>;
  /** Whether `ready` has resolved. */
  isReady: boolean;
  /** Whether the worker was told a learner waits for it (`learner-waiting`). */
  toldWaiting: boolean;
  packages: Set<string>;
}

interface Pending {
  jobId: number;
  handlers: JobHandlers;
  resolve(value: RunOutcome | CheckReport | Stopped | Failed | null): void;
  started: number;
}

export class PythonRunner {
  private slot: Slot;
  private spare: Slot | null = null;
  private pending: Pending | null = null;
  private nextJob = 1;
  private chain: Promise<unknown> = Promise.resolve();
  /** Cancel functions of jobs submitted but not yet sent to the worker. */
  private readonly waiting = new Set<() => void>();
  private readonly isolated = isIsolated();
  readonly statusListeners = new Set<(text: string) => void>();
  /** What the worker reported about its own start-up, for the benchmark. */
  bootTimings: { workerMs: number; interpreterMs: number | null; snapshot: SnapshotUse | null } | null = null;

  constructor(private readonly options: RunnerOptions) {
    this.slot = this.spawn();
  }

  private spawn(): Slot {
    // The first interpreter may already be booting, started by the lazy loader (boot.ts).
    const early = this.options.createWorker ? undefined : takeEarlyWorker();
    const booted = early ?? startPythonWorker(this.options.indexURL, this.options.packageBaseUrl, this.options.createWorker);
    let markReady!: () => void;
    let markFailed!: (e: Error) => void;
    const ready = new Promise<void>((res, rej) => ((markReady = res), (markFailed = rej)));
    const slot: Slot = { worker: booted.worker, interrupt: booted.interrupt, ready, isReady: false, toldWaiting: false, packages: new Set() };
    // A worker whose script cannot load reports a bare error event, with no message.
    const onError = (e: ErrorEvent) => {
      markFailed(new Error(`Python could not start: ${e.message || `its worker could not be loaded. ${RETRY_ADVICE}`}`));
      if (slot === this.slot) this.crash(e.message || 'the Python worker crashed');
    };
    const onMessage = (e: MessageEvent<Reply>) => {
      const msg = e.data;
      if (msg.kind === 'ready') {
        slot.isReady = true;
        markReady();
      } else if (msg.kind === 'fetched') offerForOffline(msg.urls);
      else if (msg.kind === 'error' && msg.jobId === null) markFailed(new Error(msg.message));
      if (slot === this.slot) this.dispatch(msg);
    };
    booted.adopt(onMessage, onError);
    return slot;
  }

  private dispatch(msg: Reply): void {
    if (msg.kind === 'ready') this.bootTimings = { workerMs: msg.ms, interpreterMs: msg.interpreterMs ?? null, snapshot: msg.snapshot ?? null };
    if (msg.kind === 'status' || msg.kind === 'ready') {
      const text = msg.kind === 'ready' ? `Python ${msg.pythonVersion} ready` : msg.text;
      for (const l of this.statusListeners) l(text);
    }
    if (msg.kind === 'progress') {
      const mb = (n: number) => (n / 1e6).toFixed(1);
      const text = `Downloading ${msg.packages.join(', ')}: ${mb(msg.loadedBytes)}${msg.totalBytes ? ` of ${mb(msg.totalBytes)}` : ''} MB`;
      for (const l of this.statusListeners) l(text);
      this.pending?.handlers.onStatus?.(text);
    }
    const job = this.pending;
    if (!job || !('jobId' in msg) || msg.jobId !== job.jobId) return;
    switch (msg.kind) {
      case 'stdout': return job.handlers.onStdout?.(msg.text);
      case 'stderr': return job.handlers.onStderr?.(msg.text);
      case 'figure': return job.handlers.onFigure?.(msg.png);
      case 'status': return job.handlers.onStatus?.(msg.text);
      case 'output-truncated': return job.handlers.onTruncated?.(msg.droppedChars);
      case 'loaded': return this.finish(null);
      case 'run-result': return this.finish(msg.outcome);
      case 'check-result': return this.finish(msg.report);
      case 'error':
        if (msg.fatal) this.replaceWorker();
        return this.finish({ failed: true, message: msg.message });
    }
  }

  private finish(value: RunOutcome | CheckReport | Stopped | Failed | null): void {
    const job = this.pending;
    this.pending = null;
    job?.resolve(value);
  }

  private crash(message: string): void {
    this.replaceWorker();
    this.finish({ failed: true, message: `The Python worker stopped unexpectedly (${message}). It has been restarted; your code is safe in the editor.` });
  }

  /** Terminate the current worker and promote the warm spare (or start a fresh one). */
  private replaceWorker(): void {
    this.slot.worker.terminate();
    this.slot = this.spare ?? this.spawn();
    this.spare = null;
    for (const l of this.statusListeners) l('Python restarted');
  }

  private spareTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Booting an interpreter compiles megabytes of WebAssembly on every core, so the spare is started
   * only after the learner has been idle for a while, never while they wait for output.
   */
  private scheduleSpare(): void {
    clearTimeout(this.spareTimer);
    this.spareTimer = setTimeout(() => (this.pending ? this.scheduleSpare() : this.prepareSpare(this.slot.packages)), this.options.spareDelayMs ?? 4000);
  }

  /** Keep a second interpreter warm so Stop is instant when interrupts are impossible. */
  private prepareSpare(packages: Iterable<string>): void {
    if (this.isolated) return;
    if (!this.spare) this.spare = this.spawn();
    const spare = this.spare;
    const wanted = [...packages].filter((p) => !spare.packages.has(p));
    if (wanted.length) {
      for (const p of wanted) spare.packages.add(p);
      spare.worker.postMessage({ kind: 'load', jobId: 0, packages: wanted } satisfies Request);
    }
  }

  /**
   * A Run or Check is waiting for this worker to boot: it then leaves the interpreter snapshot to
   * the warm spare. Not on an isolated page, where no spare follows and the snapshot would be lost.
   */
  private tellLearnerWaiting(slot: Slot): void {
    if (this.isolated || slot.isReady || slot.toldWaiting) return;
    slot.toldWaiting = true;
    slot.worker.postMessage({ kind: 'learner-waiting' } satisfies Request);
  }

  private submit<T>(request: Request & { jobId: number }, handlers: JobHandlers, timeLimitMs: number): Promise<T | Stopped | Failed> {
    clearTimeout(this.spareTimer);
    // Told now, not when the job's turn comes: it may queue behind a preload that needs Python too.
    const learnerWaits = request.kind !== 'load';
    if (learnerWaits) this.tellLearnerWaiting(this.slot);
    // Stop must also work while a job still waits for Python to start or for an earlier job.
    const queuedAt = performance.now();
    let cancelled = false;
    let resolveCancelled!: (value: Stopped) => void;
    const whenCancelled = new Promise<Stopped>((resolve) => (resolveCancelled = resolve));
    const cancel = () => {
      cancelled = true;
      resolveCancelled({ stopped: true, seconds: Math.round((performance.now() - queuedAt) / 100) / 10, reason: 'stop' });
    };
    this.waiting.add(cancel);
    const run = async (): Promise<T | Stopped | Failed> => {
      if (cancelled) return whenCancelled;
      if (learnerWaits) this.tellLearnerWaiting(this.slot); // a worker that replaced the first
      try {
        await this.slot.ready;
      } catch {
        this.replaceWorker();
        if (learnerWaits) this.tellLearnerWaiting(this.slot);
        try {
          await this.slot.ready;
        } catch (again) {
          // Already "Python could not start: why", as the worker (or onerror above) put it.
          return { failed: true, message: (again as Error).message } as Failed;
        }
      }
      this.waiting.delete(cancel);
      if (cancelled) return whenCancelled;
      const started = performance.now();
      const packages = 'packages' in request ? request.packages : [];
      const result = new Promise<T | Stopped | Failed>((resolve) => {
        this.pending = { jobId: request.jobId, handlers, resolve: resolve as Pending['resolve'], started };
      });
      const timer = setTimeout(() => this.stop('time-limit'), timeLimitMs + this.packageAllowance(packages));
      this.slot.worker.postMessage(request);
      const value = await result;
      clearTimeout(timer);
      for (const p of packages) this.slot.packages.add(p);
      this.scheduleSpare();
      return value;
    };
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => {});
    return Promise.race([next, whenCancelled]);
  }

  /** Downloading packages is not the learner's code being slow: give it extra time the first time. */
  private packageAllowance(packages: string[]): number {
    return packages.some((p) => !this.slot.packages.has(p)) ? 120_000 : 0;
  }

  run(spec: JobSpec, handlers: JobHandlers = {}, timeLimitMs = 10_000): Promise<RunResult> {
    return this.submit<RunOutcome>({ kind: 'run', jobId: this.nextJob++, ...spec }, handlers, timeLimitMs);
  }

  check(spec: JobSpec & { tests: string }, handlers: JobHandlers = {}, timeLimitMs = 10_000): Promise<CheckResult> {
    return this.submit<CheckReport>({ kind: 'check', jobId: this.nextJob++, ...spec }, handlers, timeLimitMs);
  }

  /** Preload packages into the current interpreter (e.g. while the learner reads). */
  preload(packages: string[]): Promise<unknown> {
    if (!packages.length) return Promise.resolve();
    return this.submit<null>({ kind: 'load', jobId: this.nextJob++, packages }, {}, 5_000);
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  /** Stop the running job. Resolves it as stopped; the next job gets a working interpreter. */
  stop(reason: 'stop' | 'time-limit' = 'stop'): void {
    const job = this.pending;
    if (!job) {
      for (const cancel of this.waiting) cancel();
      this.waiting.clear();
      return;
    }
    const seconds = Math.round((performance.now() - job.started) / 100) / 10;
    const stopped: Stopped = { stopped: true, seconds, reason };
    const interrupt = this.slot.interrupt;
    if (interrupt) {
      Atomics.store(interrupt, 0, 2); // SIGINT → KeyboardInterrupt in Python
      const grace = setTimeout(() => {
        if (this.pending !== job) return;
        // The worker finished the job and its reply is queued behind whatever kept this page busy:
        // the interrupt worked, so keep the interpreter and let the reply settle the job.
        if (Atomics.load(interrupt, FINISHED_JOB_SLOT) === job.jobId) return;
        // A loop in C code, time.sleep, or a bare `except:` swallowing the interrupt: replace the worker.
        this.replaceWorker();
        this.finish(stopped);
      }, this.options.interruptGraceMs ?? 1000);
      job.resolve = ((orig) => (value) => {
        clearTimeout(grace);
        if (this.slot.interrupt) Atomics.store(this.slot.interrupt, 0, 0);
        orig(value && 'interrupted' in value && value.interrupted ? stopped : isInterruptReport(value) ? stopped : value);
      })(job.resolve);
      return;
    }
    this.replaceWorker();
    this.finish(stopped);
  }
}

function isInterruptReport(value: unknown): boolean {
  const v = value as CheckReport | Failed | null;
  return !!v && (('failed' in v && /KeyboardInterrupt/.test(v.message)) || ('load_error' in v && v.load_error?.type === 'KeyboardInterrupt'));
}

let shared: PythonRunner | null = null;

/** The page's one runner, created on first use (that is what warms Python up). */
export function getRunner(): PythonRunner {
  if (!shared) {
    shared = new PythonRunner({ indexURL: pyodideIndexURL(), packageBaseUrl: packagesURL() });
    (globalThis as { __mldojoRunner?: PythonRunner }).__mldojoRunner = shared;
  }
  return shared;
}
