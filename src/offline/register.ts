// Registers the offline service worker once the page is idle after load and any Python worker it
// started has booted, so a first visit is never slowed by it. Skipped in dev (no sw.js there) and
// where service workers do not exist.
import { deliverOffersTo } from './offer';

export function registerOfflineWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const register = async () => {
    try {
      await navigator.serviceWorker.register(base + 'sw.js', { scope: base });
      const ready = await navigator.serviceWorker.ready;
      const post = (urls: string[]) => ready.active?.postMessage({ kind: 'remember', urls });
      post([location.href.split('#')[0], ...performance.getEntriesByType('resource').map((e) => e.name)]);
      // The Python worker's downloads are not in this page's resource list: it offers them (offer.ts),
      // and they are copied into the cache when the page is idle, not while output is on its way.
      deliverOffersTo((urls) => whenIdle(() => post(urls)));
    } catch {
      // Private modes and some browsers refuse service workers: the site works, just not offline.
    }
  };
  const afterPythonStarts = async () => {
    // "Idle" only means this page's main thread is idle: a booting Python worker and its wasm
    // compilation still need the CPU, so installing the service worker waits for them (capped).
    const booting = (globalThis as { __mldojoPythonBooting?: Promise<void> }).__mldojoPythonBooting;
    if (booting) await Promise.race([booting, new Promise((r) => setTimeout(r, 30_000))]);
    whenIdle(register);
  };
  if (document.readyState === 'complete') whenIdle(afterPythonStarts);
  else addEventListener('load', () => whenIdle(afterPythonStarts), { once: true });
}

function whenIdle(then: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => then(), { timeout: 10_000 });
  else setTimeout(then, 3000);
}
