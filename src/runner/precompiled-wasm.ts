// Worker side of the precompiled interpreter: the page compiles pyodide.asm.wasm (why: see
// mldojoCompileWasm in start-worker.js) and posts the Module; Pyodide gets it in place of its own
// fetch and compile.

const WASM_FILE = 'pyodide.asm.wasm';

/**
 * Worker side: while Pyodide boots, answer its fetch of the wasm file with an empty response and
 * its instantiateStreaming with an instance of `module` (or, if that is null, the real thing).
 * Returns the function that puts both globals back.
 */
export function usePrecompiledWasm(indexURL: string, module: Promise<WebAssembly.Module | null>): () => void {
  const wasmURL = new URL(indexURL + WASM_FILE).href;
  const realFetch = globalThis.fetch;
  const realInstantiate = WebAssembly.instantiateStreaming;
  const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : String(input));
  globalThis.fetch = (input, init) => (urlOf(input) === wasmURL ? Promise.resolve(new Response(null)) : realFetch(input, init));
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const precompiled = await module;
    if (!precompiled) return realInstantiate(realFetch(wasmURL), imports);
    return { module: precompiled, instance: await WebAssembly.instantiate(precompiled, imports) };
  };
  return () => {
    globalThis.fetch = realFetch;
    WebAssembly.instantiateStreaming = realInstantiate;
  };
}
