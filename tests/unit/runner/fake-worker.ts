// A scriptable stand-in for the Python worker, so the runner's lifecycle logic is testable in Node.
import type { Reply, Request } from '../../../src/runner/protocol.ts';

export class FakeWorker {
  onmessage: ((e: MessageEvent<Reply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  /** When true the worker never reports ready, like a Pyodide still downloading. */
  silentInit = false;
  /** When set, Python cannot start: the worker reports this, as worker.ts does. */
  initError: string | null = null;
  /** When true the worker's script cannot load: a bare error event, at once (before anyone adopts it). */
  scriptFails = false;
  received: Request[] = [];
  /** What to do with a job; default: answer immediately with success. */
  behaviour: (req: Request, reply: (r: Reply) => void) => void = (req, reply) => {
    if (req.kind === 'run') reply({ kind: 'run-result', jobId: req.jobId, outcome: { ok: true, error: null } });
    if (req.kind === 'load') reply({ kind: 'loaded', jobId: req.jobId });
  };

  postMessage(req: Request): void {
    this.received.push(req);
    const reply = (r: Reply) => queueMicrotask(() => !this.terminated && this.onmessage?.({ data: r } as MessageEvent<Reply>));
    if (req.kind === 'init') {
      if (this.scriptFails) this.onerror?.(new Event('error') as ErrorEvent);
      else if (this.initError) reply({ kind: 'error', jobId: null, message: this.initError, fatal: true });
      else if (!this.silentInit) reply({ kind: 'ready', pythonVersion: '3.14.2', ms: 1 });
    }
    else this.behaviour(req, reply);
  }

  /** Report ready now: for a worker made with `silentInit`, the moment Python finishes booting. */
  reportReady(): void {
    queueMicrotask(() => !this.terminated && this.onmessage?.({ data: { kind: 'ready', pythonVersion: '3.14.2', ms: 1 } } as MessageEvent<Reply>));
  }

  terminate(): void {
    this.terminated = true;
  }
}
