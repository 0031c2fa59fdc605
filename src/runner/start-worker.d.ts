import type { Reply } from './protocol';

export interface BootedWorker {
  worker: Worker;
  interrupt: Int32Array | null;
  /** Hand the worker to its owner: buffered replies (then errors) are delivered first, in order. */
  adopt(onMessage: (e: MessageEvent<Reply>) => void, onError?: (e: ErrorEvent) => void): void;
}

export function mldojoIsIsolated(): boolean;
export function mldojoSavesData(): boolean;
export function mldojoCompileWasm(indexURL: string): Promise<WebAssembly.Module | null> | null;
export function mldojoStartWorker(cfg: { workerUrl: string; indexURL: string; packageBaseUrl: string; create?: () => Worker }): BootedWorker;
export function mldojoOpensNear(el: Element, margin: number): 'near' | 'below' | 'unknown';
