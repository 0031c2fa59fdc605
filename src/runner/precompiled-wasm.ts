// Worker side of getting pyodide.asm.wasm. The page compiles it (why: see mldojoCompileWasm in
// start-worker.js) and posts the Module; Pyodide gets it in place of its own fetch and compile.
// Whichever way the wasm comes, failing to get it must end the boot: Pyodide only logs "wasm
// instantiation failed!" and loadPyodide never settles, so Run would wait forever.

const WASM_FILE = 'pyodide.asm.wasm';

/** The interpreter's wasm could not be fetched or instantiated; the message is `file: reason`. */
export class WasmLoadError extends Error {}

export interface WasmHooks {
  /** Rejects with a WasmLoadError as soon as Pyodide fails to get its wasm (never resolves). */
  failed: Promise<never>;
  /** Puts `fetch` and `WebAssembly.instantiateStreaming` back. */
  restore(): void;
}

/**
 * While Pyodide boots: with `module` (the page's compile), answer Pyodide's fetch of the wasm file
 * with an empty response and its instantiateStreaming with an instance of the module, or with the
 * real thing when the page could not compile it (null). Either way, report a failure in `failed`.
 */
export function interceptWasm(indexURL: string, module: Promise<WebAssembly.Module | null> | null): WasmHooks {
  const wasmURL = new URL(indexURL + WASM_FILE).href;
  const realFetch = globalThis.fetch;
  const realInstantiate = WebAssembly.instantiateStreaming;
  const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : String(input));
  let fail!: (error: WasmLoadError) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {}); // observed by whoever races it; unobserved it is not an error
  if (module) globalThis.fetch = (input, init) => (urlOf(input) === wasmURL ? Promise.resolve(new Response(null)) : realFetch(input, init));
  WebAssembly.instantiateStreaming = async (source, imports) => {
    try {
      const precompiled = module ? await module : null;
      if (!precompiled) return await realInstantiate(module ? realFetch(wasmURL) : source, imports);
      return { module: precompiled, instance: await WebAssembly.instantiate(precompiled, imports) };
    } catch (e) {
      fail(new WasmLoadError(`${WASM_FILE}: ${(e as Error).message}`));
      throw e;
    }
  };
  return {
    failed,
    restore() {
      globalThis.fetch = realFetch;
      WebAssembly.instantiateStreaming = realInstantiate;
    },
  };
}
