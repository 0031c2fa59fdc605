// Getting pyodide.asm.wasm inside the worker: the page's compiled module is used when it has one,
// and a wasm that cannot be had ends the boot with a message (Pyodide alone would wait forever).
import { afterEach, describe, expect, it } from 'vitest';
import { WasmLoadError, interceptWasm } from '../../../src/runner/precompiled-wasm.ts';

const INDEX = 'http://site.test/pyodide/';
// The smallest valid module: magic number and version, no sections.
const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const realFetch = globalThis.fetch;
const realInstantiate = WebAssembly.instantiateStreaming;
afterEach(() => {
  globalThis.fetch = realFetch;
  WebAssembly.instantiateStreaming = realInstantiate;
});

const wasmResponse = () => new Response(EMPTY_WASM, { headers: { 'content-type': 'application/wasm' } });

describe('interceptWasm', () => {
  it('instantiates the module the page compiled, and answers Pyodide’s own fetch of the file without the network', async () => {
    let networkFetches = 0;
    const network = (globalThis.fetch = async () => (networkFetches++, wasmResponse()));
    const hooks = interceptWasm(INDEX, WebAssembly.compile(EMPTY_WASM));
    const response = await fetch(`${INDEX}pyodide.asm.wasm`);
    const { instance } = await WebAssembly.instantiateStreaming(response, {});
    expect(instance).toBeInstanceOf(WebAssembly.Instance);
    expect(networkFetches).toBe(0);
    hooks.restore();
    expect(globalThis.fetch).toBe(network);
    expect(WebAssembly.instantiateStreaming).toBe(realInstantiate);
  });

  it('fetches and compiles the file itself when the page could not', async () => {
    const fetched: string[] = [];
    globalThis.fetch = async (input) => (fetched.push(String(input)), wasmResponse());
    interceptWasm(INDEX, Promise.resolve(null));
    const { instance } = await WebAssembly.instantiateStreaming(fetch(`${INDEX}pyodide.asm.wasm`), {});
    expect(instance).toBeInstanceOf(WebAssembly.Instance);
    expect(fetched).toEqual([`${INDEX}pyodide.asm.wasm`]);
  });

  for (const [name, module] of [
    ['with no module from the page', null],
    ['when the page could not compile it either', Promise.resolve(null)],
  ] as const) {
    it(`a wasm that cannot be downloaded fails the boot with a message (${name})`, async () => {
      globalThis.fetch = async () => Promise.reject(new TypeError('Failed to fetch'));
      const hooks = interceptWasm(INDEX, module);
      await expect(WebAssembly.instantiateStreaming(fetch(`${INDEX}pyodide.asm.wasm`), {})).rejects.toThrow('Failed to fetch');
      const error = await hooks.failed.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WasmLoadError);
      expect((error as Error).message).toBe('pyodide.asm.wasm: Failed to fetch');
    });
  }

  it('stays pending while the wasm loads fine', async () => {
    globalThis.fetch = async () => wasmResponse();
    const hooks = interceptWasm(INDEX, null);
    await WebAssembly.instantiateStreaming(fetch(`${INDEX}pyodide.asm.wasm`), {});
    const settled = await Promise.race([hooks.failed.then(() => 'settled', () => 'settled'), new Promise((r) => setTimeout(() => r('pending'), 20))]);
    expect(settled).toBe('pending');
  });
});
