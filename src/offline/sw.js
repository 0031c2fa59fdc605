// ML Dojo offline service worker (templated by scripts/build-sw.ts).
// After a first visit, a learner on a train keeps working: visited pages, the site's assets,
// the Pyodide core and every package already fetched are served from the cache.
// - pages: network first (a deploy is seen at once), cache as the fallback;
// - hashed assets (/_astro/), the Pyodide core and CDN packages: cache first (they never change
//   under the same URL: file names carry a hash or the pinned Pyodide version, and the standard
//   library's URL its own hash);
// - nothing is precached at install, so the first visit downloads nothing extra;
// - a deploy keeps what was kept: pages move to the new build's cache (see carryPagesOver).
const BASE = '__BASE__';
const PACKAGES = '__PACKAGES_URL__';
const PAGES = 'mldojo-pages-__BUILD_ID__';
const ASSETS = 'mldojo-assets';
const RUNTIME = 'mldojo-pyodide-__PYODIDE_VERSION__-__STDLIB_ID__';
// The Python worker's memory snapshot (src/runner/snapshot.ts) manages its own versions.
const SNAPSHOT = 'mldojo-python-snapshot';
const KEEP = new Set([PAGES, ASSETS, RUNTIME, SNAPSHOT]);

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (!name.startsWith('mldojo-') || KEEP.has(name)) continue;
        if (name.startsWith('mldojo-pages-')) await carryPagesOver(name).catch(() => {});
        await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// After a deploy, the pages kept under the old build stay readable offline (their hashed assets are
// kept in ASSETS) until the learner visits them online again and gets the new ones.
async function carryPagesOver(oldName) {
  const [from, to] = await Promise.all([caches.open(oldName), caches.open(PAGES)]);
  for (const request of await from.keys()) {
    if (await to.match(request)) continue;
    const response = await from.match(request);
    if (response) await to.put(request, response);
  }
}

// Working offline matters more than starting fast: when storage is full, this site's interpreter
// snapshot (~13 MB, made again on a later visit) is given up so the file can be kept. Only this
// site's: forks served from one GitHub Pages domain share the origin and its caches.
// The retry fetches again (from the HTTP cache, normally) rather than holding a copy of every body.
async function keep(cache, request, response) {
  try {
    await cache.put(request, response);
  } catch (error) {
    if (error?.name !== 'QuotaExceededError' || !(await dropOwnSnapshots())) return;
    const again = await fetch(request).catch(() => null);
    if (again?.ok) await cache.put(request, again).catch(() => {});
  }
}

async function dropOwnSnapshots() {
  const snapshots = await caches.open(SNAPSHOT);
  const ours = (await snapshots.keys()).filter((r) => r.url.startsWith(self.location.origin + BASE));
  for (const request of ours) await snapshots.delete(request);
  return ours.length > 0;
}

async function cacheFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) keep(cache, request, response.clone()).catch(() => {});
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok) keep(cache, request, response.clone()).catch(() => {});
    return response;
  } catch (error) {
    const hit = (await cache.match(request)) ?? (await caches.match(request, { ignoreSearch: true }));
    if (hit) return hit;
    if (request.mode === 'navigate') return offlinePage(cache);
    throw error;
  }
}

/**
 * A page not yet kept on this device, opened offline: rather than the browser's error page, say so
 * and list the pages that are kept (by their titles), so the learner can go on with one of them.
 */
async function offlinePage(cache) {
  const pages = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(BASE) || !(path.endsWith('/') || path.endsWith('.html'))) continue;
    const html = await (await cache.match(request))?.text().catch(() => '');
    const title = /<title>([^<]*)<\/title>/.exec(html ?? '')?.[1]?.split(' | ')[0]?.trim() || path;
    pages.push({ path, title });
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const list = pages.length
    ? `<p>These pages are kept on this device and open without a connection:</p><ul>${pages.map((p) => `<li><a href="${escape(p.path)}">${p.title}</a></li>`).join('')}</ul>`
    : '<p>No page is kept on this device yet: pages you visit while online are kept for offline use.</p>';
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offline | ML Dojo</title><style>
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; padding: 1.5rem; max-width: 40rem; }
a { color: LinkText; }
</style></head><body><main><h1>You are offline</h1>
<p>This page has not been kept on this device yet, so it needs a connection. Your progress and drafts are safe.</p>
${list}</main></body></html>`;
  return new Response(body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function cacheNameFor(url) {
  if (url.href.startsWith(PACKAGES)) return RUNTIME;
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return null;
  const path = url.pathname.slice(BASE.length);
  if (path.startsWith('pyodide/')) return RUNTIME;
  if (path.startsWith('_astro/')) return ASSETS;
  return PAGES;
}

// The page that registered us was loaded before we controlled it: it sends the URLs it used
// (itself, its assets, the Pyodide files and packages its worker fetched: src/offline/offer.ts),
// and we keep them for offline use.
self.addEventListener('message', (event) => {
  if (event.data?.kind !== 'remember' || !Array.isArray(event.data.urls)) return;
  event.waitUntil(
    Promise.all(
      event.data.urls.slice(0, 200).map(async (href) => {
        const url = new URL(href, self.location.href);
        const name = cacheNameFor(url);
        if (!name) return;
        const cache = await caches.open(name);
        if (await cache.match(url.href)) return;
        const response = await fetch(url.href).catch(() => null);
        if (response?.ok) await keep(cache, url.href, response).catch(() => {});
      }),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.href.startsWith(PACKAGES)) return event.respondWith(cacheFirst(request, RUNTIME));
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const path = url.pathname.slice(BASE.length);
  // The shipped interpreter snapshot (~4.5 MB) only starts a first visit; later ones restore the
  // snapshot the worker keeps itself, so keeping this one offline would only take space.
  if (path.endsWith('.snap')) return;
  if (path.startsWith('pyodide/')) return event.respondWith(cacheFirst(request, RUNTIME));
  if (path.startsWith('_astro/') || path.startsWith('pagefind/')) return event.respondWith(cacheFirst(request, path.startsWith('pagefind/') ? PAGES : ASSETS));
  // Pages and everything else of ours (exercise files, search index): fresh when online, cached for offline.
  event.respondWith(networkFirst(request));
});
