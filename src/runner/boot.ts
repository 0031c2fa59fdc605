// Starts the Python worker itself, from the tiny lazy loader, so Pyodide's download and compile
// begin without waiting for the runner and UI code to arrive. The runner adopts it later; replies
// that arrive before then are buffered, never lost.
import type { Reply, Request } from './protocol';

declare const __PYODIDE_PACKAGES_URL__: string;

export interface BootedWorker {
  worker: Worker;
  interrupt: Int32Array | null;
  /** Hand the worker to its owner: buffered replies are delivered first, in order. */
  adopt(onMessage: (e: MessageEvent<Reply>) => void): void;
}

export function pyodideIndexURL(): string {
  return new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/') + 'pyodide/', location.href).href;
}

export function packagesURL(): string {
  return __PYODIDE_PACKAGES_URL__;
}

/** Interrupts need SharedArrayBuffer, which only a cross-origin-isolated page has. */
export function isIsolated(): boolean {
  return typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated && typeof SharedArrayBuffer !== 'undefined';
}

export function startPythonWorker(indexURL = pyodideIndexURL(), packageBaseUrl = packagesURL(), create?: () => Worker): BootedWorker {
  const worker = create ? create() : new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'python' });
  const interrupt = isIsolated() ? new Int32Array(new SharedArrayBuffer(4)) : null;
  const buffered: MessageEvent<Reply>[] = [];
  worker.onmessage = (e: MessageEvent<Reply>) => buffered.push(e);
  const init: Request = { kind: 'init', indexURL, packageBaseUrl, interruptBuffer: interrupt };
  worker.postMessage(init);
  return {
    worker,
    interrupt,
    adopt(onMessage) {
      worker.onmessage = onMessage;
      for (const e of buffered.splice(0)) onMessage(e);
    },
  };
}

/** The worker the lazy loader started for this page, if any (taken once). */
export function takeEarlyWorker(): BootedWorker | undefined {
  const g = globalThis as { __mldojoEarlyWorker?: BootedWorker };
  const booted = g.__mldojoEarlyWorker;
  delete g.__mldojoEarlyWorker;
  return booted;
}

export function rememberEarlyWorker(booted: BootedWorker): void {
  (globalThis as { __mldojoEarlyWorker?: BootedWorker }).__mldojoEarlyWorker = booted;
}
