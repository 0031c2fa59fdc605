// Registers the offline service worker once the page is idle after load, so a first visit is
// never slowed by it. Skipped in dev (no sw.js there) and where service workers do not exist.
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
      // The Python worker's downloads are not in this page's resource list: it offers them (offer.ts).
      deliverOffersTo(post);
    } catch {
      // Private modes and some browsers refuse service workers: the site works, just not offline.
    }
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 10_000 }) : setTimeout(register, 3000));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
