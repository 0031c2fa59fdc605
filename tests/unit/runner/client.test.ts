// The runner's lifecycle without a browser: warm start, stop, time limits, spare promotion, crashes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PythonRunner, type RunnerOptions } from '../../../src/runner/client.ts';
import { FINISHED_JOB_SLOT } from '../../../src/runner/protocol.ts';
import { FakeWorker } from './fake-worker.ts';

const spec = { source: 'print(1)', prelude: '', packages: [] };
let runner: PythonRunner;
let workers: FakeWorker[] = [];

/**
 * A runner on fake workers, with its own list of them: timers of earlier tests' runners must not
 * add to this one's.
 */
function fakeRunner(options: Partial<RunnerOptions> = {}, prepare: (w: FakeWorker) => void = () => {}): { runner: PythonRunner; workers: FakeWorker[] } {
  const mine: FakeWorker[] = [];
  const created = new PythonRunner({
    indexURL: 'http://x/pyodide/',
    packageBaseUrl: 'http://cdn/',
    ...options,
    createWorker: () => {
      const w = new FakeWorker();
      prepare(w);
      mine.push(w);
      return w as unknown as Worker;
    },
  });
  return { runner: created, workers: mine };
}

beforeEach(() => ({ runner, workers } = fakeRunner({ spareDelayMs: 100 })));
afterEach(() => vi.useRealTimers());

describe('PythonRunner', () => {
  it('starts one worker at construction (the warm-up) and runs a job on it', async () => {
    expect(workers).toHaveLength(1);
    expect(workers[0].received[0]).toMatchObject({ kind: 'init', indexURL: 'http://x/pyodide/', packageBaseUrl: 'http://cdn/', interruptBuffer: null });
    expect(await runner.run(spec)).toEqual({ ok: true, error: null });
  });

  it('streams output to the handlers of the job that asked', async () => {
    workers[0].behaviour = (req, reply) => {
      if (req.kind !== 'run') return;
      reply({ kind: 'stdout', jobId: req.jobId, text: 'hello\n' });
      reply({ kind: 'figure', jobId: req.jobId, png: 'AAAA' });
      reply({ kind: 'run-result', jobId: req.jobId, outcome: { ok: true, error: null } });
    };
    const seen: string[] = [];
    await runner.run(spec, { onStdout: (t) => seen.push(`out:${t}`), onFigure: (p) => seen.push(`fig:${p}`) });
    expect(seen).toEqual(['out:hello\n', 'fig:AAAA']);
  });

  it('Stop on a non-isolated page terminates the worker, reports the seconds, and the next run works', async () => {
    workers[0].behaviour = () => {}; // an infinite loop: never answers
    const pending = runner.run(spec);
    await new Promise((r) => setTimeout(r, 20));
    runner.stop();
    const result = await pending;
    expect(result).toMatchObject({ stopped: true, reason: 'stop' });
    expect(workers[0].terminated).toBe(true);
    expect(await runner.run(spec)).toEqual({ ok: true, error: null });
  });

  it('Stop while Python is still starting cancels the waiting job at once', async () => {
    const { runner: booting, workers: slow } = fakeRunner({}, (w) => (w.silentInit = true)); // never says "ready"
    const pending = booting.run(spec);
    await new Promise((r) => setTimeout(r, 20));
    booting.stop();
    expect(await pending).toMatchObject({ stopped: true, reason: 'stop' });
    expect(slow[0].received.some((r) => r.kind === 'run')).toBe(false);
  });

  it('a worker that cannot start Python is replaced for the next job, and the reason is shown once', async () => {
    let failing = 2;
    const { runner: offline, workers: tried } = fakeRunner({}, (w) => (w.initError = failing-- > 0 ? 'Python could not start: Failed to fetch' : null));
    expect(await offline.run(spec)).toEqual({ failed: true, message: 'Python could not start: Failed to fetch' });
    expect(tried).toHaveLength(2);
    expect(await offline.run(spec)).toEqual({ ok: true, error: null });
    expect(tried).toHaveLength(3);
  });

  it('a worker whose script cannot load, even before the runner adopts it, fails the job with a message', async () => {
    let failing = 2;
    const { runner: offline, workers: tried } = fakeRunner({}, (w) => (w.scriptFails = failing-- > 0));
    expect(await offline.run(spec)).toEqual({
      failed: true,
      message: 'Python could not start: its worker could not be loaded. Check your connection (or reload the page, if the site was updated), then press Run again: your code is kept.',
    });
    expect(tried).toHaveLength(2);
    expect(await offline.run(spec)).toEqual({ ok: true, error: null });
  });

  it('a time limit stops a job that runs too long', async () => {
    workers[0].behaviour = () => {};
    const result = await runner.run(spec, {}, 50);
    expect(result).toMatchObject({ stopped: true, reason: 'time-limit' });
  });

  it('tells a booting worker that a Run or Check waits for it (so it leaves the snapshot to the spare); a preload does not', async () => {
    ({ runner, workers } = fakeRunner({ spareDelayMs: 100 }, (w) => (w.silentInit = true)));
    const told = (w: FakeWorker) => w.received.filter((r) => r.kind === 'learner-waiting').length;
    const preload = runner.preload(['numpy']);
    await new Promise((r) => setTimeout(r, 10));
    expect(told(workers[0])).toBe(0);
    // Queued behind the preload, which needs Python too: told at once all the same, and only once.
    const first = runner.run(spec);
    const second = runner.check({ ...spec, tests: '' });
    expect(told(workers[0])).toBe(1);
    workers[0].behaviour = (req, reply) => {
      if (req.kind === 'load') reply({ kind: 'loaded', jobId: req.jobId });
      if (req.kind === 'run') reply({ kind: 'run-result', jobId: req.jobId, outcome: { ok: true, error: null } });
      if (req.kind === 'check') reply({ kind: 'check-result', jobId: req.jobId, report: { passed: true, load_error: null, tests: [], stdout: '' } });
    };
    workers[0].reportReady();
    await Promise.all([preload, first, second]);
    await runner.run(spec); // Python is up: nobody waits for a boot
    expect(told(workers[0])).toBe(1);
    // The spare boots while the learner reads, and is told nothing: it takes the snapshot.
    await new Promise((r) => setTimeout(r, 300));
    expect(workers).toHaveLength(2);
    expect(told(workers[1])).toBe(0);
  });

  it('a Run whose first worker could not start tells the worker that replaces it', async () => {
    let created = 0;
    ({ runner, workers } = fakeRunner({}, (w) => (created++ === 0 ? (w.initError = 'could not load pyodide.asm.wasm') : (w.silentInit = true))));
    const pending = runner.run(spec);
    await new Promise((r) => setTimeout(r, 10));
    expect(workers).toHaveLength(2);
    expect(workers[1].received.filter((r) => r.kind === 'learner-waiting')).toHaveLength(1);
    workers[1].reportReady();
    expect(await pending).toEqual({ ok: true, error: null });
  });

  it('a Run queued behind a stopped one tells the worker that replaces the stopped one', async () => {
    let created = 0;
    ({ runner, workers } = fakeRunner({}, (w) => created++ > 0 && (w.silentInit = true)));
    await new Promise((r) => setTimeout(r, 10)); // the first worker has booted
    workers[0].behaviour = () => {}; // an infinite loop
    const looping = runner.run(spec);
    const queued = runner.run(spec);
    await new Promise((r) => setTimeout(r, 10));
    expect(workers[0].received.some((r) => r.kind === 'learner-waiting')).toBe(false);
    runner.stop();
    await looping;
    await new Promise((r) => setTimeout(r, 10));
    expect(workers[1].received.filter((r) => r.kind === 'learner-waiting')).toHaveLength(1);
    workers[1].reportReady();
    expect(await queued).toEqual({ ok: true, error: null });
  });

  it('keeps a warm spare after the first job and promotes it on Stop (no cold start)', async () => {
    await runner.run({ ...spec, packages: [] });
    await new Promise((r) => setTimeout(r, 300)); // idle → spare spawned
    expect(workers).toHaveLength(2);
    workers[0].behaviour = () => {};
    const pending = runner.run(spec);
    await new Promise((r) => setTimeout(r, 10));
    runner.stop();
    await pending;
    expect(workers[0].terminated).toBe(true);
    expect(await runner.run(spec)).toEqual({ ok: true, error: null });
    expect(workers[1].received.some((r) => r.kind === 'run')).toBe(true);
  });

  it('does not start the spare while jobs keep coming (it would compete for the CPU)', async () => {
    for (let i = 0; i < 4; i++) {
      await runner.run(spec);
      await new Promise((r) => setTimeout(r, 40));
    }
    expect(workers).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(workers).toHaveLength(2);
  });

  it('the spare preloads the packages the page has used', async () => {
    workers[0].behaviour = (req, reply) => {
      if (req.kind === 'run') reply({ kind: 'run-result', jobId: req.jobId, outcome: { ok: true, error: null } });
    };
    await runner.run({ ...spec, packages: ['numpy'] });
    await new Promise((r) => setTimeout(r, 300));
    expect(workers[1].received.find((r) => r.kind === 'load')).toMatchObject({ packages: ['numpy'] });
  });

  it('a fatal error replaces the worker and reports the message', async () => {
    workers[0].behaviour = (req, reply) => {
      if (req.kind === 'run') reply({ kind: 'error', jobId: req.jobId, message: 'RangeError: Maximum call stack size exceeded', fatal: true });
    };
    const result = await runner.run(spec);
    expect(result).toMatchObject({ failed: true });
    expect(workers[0].terminated).toBe(true);
    expect(await runner.run(spec)).toEqual({ ok: true, error: null });
  });

  it('jobs run one after another even when submitted together', async () => {
    const order: number[] = [];
    workers[0].behaviour = (req, reply) => {
      if (req.kind !== 'run') return;
      order.push(req.jobId);
      setTimeout(() => reply({ kind: 'run-result', jobId: req.jobId, outcome: { ok: true, error: null } }), 5);
    };
    await Promise.all([runner.run(spec), runner.run(spec), runner.run(spec)]);
    expect(order).toEqual([1, 2, 3]);
  });
});

describe('PythonRunner on a cross-origin-isolated page (Stop interrupts)', () => {
  let isolatedWorkers: FakeWorker[];
  let isolated: PythonRunner;
  const g = globalThis as { crossOriginIsolated?: boolean };

  beforeEach(() => {
    g.crossOriginIsolated = true; // what COOP/COEP give a real page; Node has SharedArrayBuffer
    ({ runner: isolated, workers: isolatedWorkers } = fakeRunner({ interruptGraceMs: 50 }));
  });
  afterEach(() => delete g.crossOriginIsolated);

  it('a Run waiting for the boot does not tell the worker: no spare follows to take the snapshot', async () => {
    const { runner: waiting, workers: booting } = fakeRunner({}, (w) => (w.silentInit = true));
    const pending = waiting.run(spec);
    await new Promise((r) => setTimeout(r, 10));
    expect(booting[0].received.map((r) => r.kind)).toEqual(['init']);
    booting[0].reportReady();
    expect(await pending).toEqual({ ok: true, error: null });
  });

  /** The shared buffer the worker was given: [0] interrupt signal, [1] last finished job. */
  const shared = (w: FakeWorker) => (w.received[0] as { interruptBuffer: Int32Array }).interruptBuffer;
  /** A job that loops until interrupted, then answers after `replyAfterMs` (the page reads it late). */
  const loopUntilInterrupted = (w: FakeWorker, { acknowledge, replyAfterMs }: { acknowledge: boolean; replyAfterMs: number }) => {
    w.behaviour = (req, reply) => {
      if (req.kind !== 'run') return;
      const poll = setInterval(() => {
        if (Atomics.load(shared(w), 0) !== 2) return;
        clearInterval(poll);
        if (acknowledge) Atomics.store(shared(w), FINISHED_JOB_SLOT, req.jobId);
        setTimeout(() => reply({ kind: 'run-result', jobId: req.jobId, outcome: { ok: false, error: null, interrupted: true } }), replyAfterMs);
      }, 5);
    };
  };

  it('Stop interrupts in place: the same worker, the signal cleared, the next run works', async () => {
    loopUntilInterrupted(isolatedWorkers[0], { acknowledge: true, replyAfterMs: 0 });
    const pending = isolated.run(spec);
    await new Promise((r) => setTimeout(r, 20));
    isolated.stop();
    expect(await pending).toMatchObject({ stopped: true, reason: 'stop' });
    expect(isolatedWorkers).toHaveLength(1);
    expect(isolatedWorkers[0].terminated).toBe(false);
    expect(Atomics.load(shared(isolatedWorkers[0]), 0)).toBe(0);
  });

  it('keeps the interpreter when the worker finished the job but its reply is read after the grace', async () => {
    loopUntilInterrupted(isolatedWorkers[0], { acknowledge: true, replyAfterMs: 150 });
    const pending = isolated.run(spec);
    await new Promise((r) => setTimeout(r, 20));
    isolated.stop();
    expect(await pending).toMatchObject({ stopped: true });
    expect(isolatedWorkers[0].terminated).toBe(false);
    expect(isolatedWorkers).toHaveLength(1);
  });

  it('replaces the worker when the interrupt does not land within the grace (a bare except: loop)', async () => {
    isolatedWorkers[0].behaviour = () => {}; // swallows every KeyboardInterrupt: never finishes
    const statuses: string[] = [];
    isolated.statusListeners.add((t) => statuses.push(t));
    const pending = isolated.run(spec);
    await new Promise((r) => setTimeout(r, 20));
    isolated.stop();
    expect(await pending).toMatchObject({ stopped: true });
    expect(isolatedWorkers[0].terminated).toBe(true);
    expect(statuses).toContain('Python restarted');
    expect(await isolated.run(spec)).toEqual({ ok: true, error: null });
  });
});
