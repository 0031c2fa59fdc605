// Why Python could not start, in words a learner can act on. Pyodide reports a missing standard
// library as "Program terminated with exit(1)" and a missing lock file as a bare "Failed to fetch",
// so the worker watches its own downloads of the core while it boots and names the file that failed.
import { WasmLoadError } from './precompiled-wasm';

/** Watches fetches of files under `indexURL` until `restore`; `failure` names the first that failed. */
export function watchCoreFetches(indexURL: string): { failure(): string | null; restore(): void } {
  const realFetch = globalThis.fetch;
  let first: string | null = null;
  const record = (url: string, reason: string) => {
    if (first === null && url.startsWith(indexURL)) first = `${new URL(url).pathname.split('/').pop()}: ${reason}`;
  };
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    try {
      const response = await realFetch(input, init);
      if (!response.ok) record(url, `HTTP ${response.status}`);
      return response;
    } catch (e) {
      record(url, (e as Error).message);
      throw e;
    }
  };
  return {
    failure: () => first,
    restore: () => void (globalThis.fetch = realFetch),
  };
}

/** What the learner can do: a tab left open across a redeploy asks for files that are gone. */
export const RETRY_ADVICE = 'Check your connection (or reload the page, if the site was updated), then press Run again: your code is kept.';

/** The message after "Python could not start: ". */
export function bootFailureMessage(error: unknown, failedFetch: string | null): string {
  const message = (error as Error)?.message ?? String(error);
  if (failedFetch) return `could not load ${failedFetch}. ${RETRY_ADVICE}`;
  if (error instanceof WasmLoadError) return `could not load its interpreter (${message}). ${RETRY_ADVICE}`;
  const module = /Failed to fetch dynamically imported module: (\S+)/.exec(message);
  if (module) return `could not load ${new URL(module[1]).pathname.split('/').pop()}. ${RETRY_ADVICE}`;
  return message;
}
