// Where the Python worker comes from. The first one may already be booting, started by the inline
// early start (start-worker.js, inlined by overrides/Head.astro) or by the lazy loader; the runner
// adopts it, and replies that arrived before then are buffered, never lost.
import pythonWorkerUrl from './worker.ts?worker&url';
import { mldojoIsIsolated, mldojoStartWorker, type BootedWorker } from './start-worker.js';

export type { BootedWorker };
declare const __PYODIDE_PACKAGES_URL__: string;

export function pyodideIndexURL(): string {
  return new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/') + 'pyodide/', location.href).href;
}

export function packagesURL(): string {
  return __PYODIDE_PACKAGES_URL__;
}

/** Interrupts need SharedArrayBuffer, which only a cross-origin-isolated page has. */
export const isIsolated: () => boolean = mldojoIsIsolated;

export function startPythonWorker(indexURL = pyodideIndexURL(), packageBaseUrl = packagesURL(), create?: () => Worker): BootedWorker {
  return mldojoStartWorker({ workerUrl: pythonWorkerUrl, indexURL, packageBaseUrl, create });
}

type EarlyGlobal = { __mldojoEarlyWorker?: BootedWorker };

/** Whether a worker for this page was already started and not yet taken. */
export function hasEarlyWorker(): boolean {
  return Boolean((globalThis as EarlyGlobal).__mldojoEarlyWorker);
}

/** The worker started early for this page, if any (taken once). */
export function takeEarlyWorker(): BootedWorker | undefined {
  const g = globalThis as EarlyGlobal;
  const booted = g.__mldojoEarlyWorker;
  delete g.__mldojoEarlyWorker;
  return booted;
}

export function rememberEarlyWorker(booted: BootedWorker): void {
  (globalThis as EarlyGlobal).__mldojoEarlyWorker = booted;
}
