// Registers the offline service worker once the page is idle after load, so a first visit is
// never slowed by it. Skipped in dev (no sw.js there) and where service workers do not exist.
export function registerOfflineWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const register = async () => {
    try {
      await navigator.serviceWorker.register(base + 'sw.js', { scope: base });
      const ready = await navigator.serviceWorker.ready;
      const urls = [location.href.split('#')[0], ...performance.getEntriesByType('resource').map((e) => e.name)];
      // The Python worker's own downloads are not in this page's resource list: name the core
      // files when this page started Python (they are in the HTTP cache by now, so this is cheap).
      if ((globalThis as { __mldojoRunner?: unknown }).__mldojoRunner) {
        for (const f of ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json']) urls.push(base + 'pyodide/' + f);
      }
      ready.active?.postMessage({ kind: 'remember', urls });
    } catch {
      // Private modes and some browsers refuse service workers: the site works, just not offline.
    }
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 10_000 }) : setTimeout(register, 3000));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
