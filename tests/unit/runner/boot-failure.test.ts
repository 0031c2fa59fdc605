// "Python could not start" names the core file that failed to download, whatever Pyodide said.
import { afterEach, describe, expect, it } from 'vitest';
import { bootFailureMessage, watchCoreFetches } from '../../../src/runner/boot-failure.ts';
import { WasmLoadError } from '../../../src/runner/precompiled-wasm.ts';

const INDEX = 'http://site.test/ml-dojo/pyodide/';
const realFetch = globalThis.fetch;
afterEach(() => void (globalThis.fetch = realFetch));

describe('watchCoreFetches', () => {
  it('names the first core file that could not be fetched, with the reason', async () => {
    globalThis.fetch = async (input) => {
      const url = String(input);
      if (url.includes('stdlib')) throw new TypeError('Failed to fetch');
      return new Response('{}', { status: url.includes('lock') ? 404 : 200 });
    };
    const core = watchCoreFetches(INDEX);
    await fetch(`${INDEX}pyodide.mjs`);
    await expect(fetch(`${INDEX}python_stdlib_bytecode.zip?v=abc`)).rejects.toThrow('Failed to fetch');
    await fetch(`${INDEX}pyodide-lock.json`);
    expect(core.failure()).toBe('python_stdlib_bytecode.zip: Failed to fetch');
  });

  it('counts an HTTP error as a failure, ignores files outside the core, and puts fetch back', async () => {
    const stub = (globalThis.fetch = async (input) => new Response('', { status: String(input).includes('cdn') ? 503 : 404 }));
    const core = watchCoreFetches(INDEX);
    await fetch('http://cdn.test/numpy.whl');
    expect(core.failure()).toBeNull();
    await fetch(`${INDEX}pyodide-lock.json`);
    expect(core.failure()).toBe('pyodide-lock.json: HTTP 404');
    core.restore();
    expect(globalThis.fetch).toBe(stub);
  });
});

describe('bootFailureMessage', () => {
  it('prefers the file that failed to download over what Pyodide reported', () => {
    expect(bootFailureMessage(new Error('Program terminated with exit(1)'), 'python_stdlib_bytecode.zip: Failed to fetch')).toBe(
      'could not load python_stdlib_bytecode.zip: Failed to fetch. Check your connection (or reload the page, if the site was updated), then press Run again: your code is kept.',
    );
  });

  it('names a script that could not be imported', () => {
    expect(bootFailureMessage(new TypeError(`Failed to fetch dynamically imported module: ${INDEX}pyodide.asm.mjs`), null)).toBe(
      'could not load pyodide.asm.mjs. Check your connection (or reload the page, if the site was updated), then press Run again: your code is kept.',
    );
  });

  it('says the interpreter could not be loaded when its wasm failed for another reason than a download', () => {
    expect(bootFailureMessage(new WasmLoadError('pyodide.asm.wasm: LinkError: import missing'), null)).toBe(
      'could not load its interpreter (pyodide.asm.wasm: LinkError: import missing). Check your connection (or reload the page, if the site was updated), then press Run again: your code is kept.',
    );
  });

  it('passes any other error through', () => {
    expect(bootFailureMessage(new Error('memory access out of bounds'), null)).toBe('memory access out of bounds');
  });
});
