// After one visit, a learner without a network keeps reading and running examples.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { NUMPY_LESSON, WORD_LESSON, onAFastLink, snapshotSaved } from './helpers';
import { coreFileUrls } from '../../src/lib/pyodide-core.ts';
import { stdlibId } from '../../src/lib/site-config.mjs';

test.use({ serviceWorkers: 'allow' });

async function runFirstExample(page: Page): Promise<void> {
  const example = page.locator('[data-runnable]').first();
  await example.scrollIntoViewIfNeeded();
  await example.getByRole('button', { name: 'Run example' }).click();
  await expect(example.locator('[data-output]')).not.toBeEmpty({ timeout: 60_000 });
  await expect(example.locator('[data-output] .tone-error')).toHaveCount(0);
}

/** The Pyodide files the offline cache holds, by name. */
const cachedRuntime = (page: Page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('mldojo-pyodide-'));
    const urls = name ? (await (await caches.open(name)).keys()).map((r) => r.url) : [];
    return urls.map((u) => u.split('/pyodide/')[1]).sort();
  });

async function runtimeKept(page: Page): Promise<void> {
  // expect.poll, not waitForFunction: the latter does not await an async predicate.
  // The standard library under its hashed URL: a later deploy's zip can never meet this snapshot.
  await expect.poll(() => cachedRuntime(page), { timeout: 60_000 }).toEqual(coreFileUrls('', stdlibId()).sort());
}

async function worksOffline(page: Page, context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await runFirstExample(page);
  await context.setOffline(false);
}

test('a visited lesson and its Python examples work offline', async ({ page, context }) => {
  await page.goto(WORD_LESSON);
  // The service worker registers on idle after load; here it is ready before Python has run.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await runFirstExample(page);
  await runtimeKept(page);
  await worksOffline(page, context);
});

test("the build's interpreter snapshot passes the offline cache by: the worker keeps its own copy", async ({ page }) => {
  await onAFastLink(page);
  await page.goto(WORD_LESSON);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await runFirstExample(page);
  // A worker started by this page (now controlled) and finding no kept snapshot fetches the build's
  // through the service worker.
  await snapshotSaved(page);
  await page.evaluate(() => caches.delete('mldojo-python-snapshot'));
  const snapRequests: string[] = [];
  const stdlibViaServiceWorker: boolean[] = [];
  page.on('response', (r) => {
    if (/\.snap$/.test(r.url())) snapRequests.push(`${r.status()} ${r.fromServiceWorker() ? 'from the offline cache' : 'from the network'}`);
    if (/python_stdlib_bytecode\.zip/.test(r.url())) stdlibViaServiceWorker.push(r.fromServiceWorker());
  });
  await page.reload();
  await runFirstExample(page);
  const boot = await page.evaluate(() => (window as unknown as { __mldojoRunner: { bootTimings: { snapshot: string } } }).__mldojoRunner.bootTimings.snapshot);
  expect(boot).toBe('shipped');
  // The worker is the service worker's (its standard library came from the offline cache), and
  // the snapshot still came from the network.
  expect(stdlibViaServiceWorker).toEqual([true]);
  expect(snapRequests).toEqual(['200 from the network']);
  await snapshotSaved(page);
  const keptSnapFiles = await page.evaluate(async () => {
    const found: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) if (r.url.endsWith('.snap')) found.push(`${name}: ${r.url}`);
    return found;
  });
  expect(keptSnapFiles).toEqual([]);
});

test('offline, a page not kept yet says so and links to the pages that are', async ({ page, context }) => {
  await page.goto(WORD_LESSON);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  const title = await page.locator('h1').first().textContent();
  // Pages are kept as the service worker serves them: load this one once more through it.
  await page.reload();
  await context.setOffline(true);
  await page.goto(NUMPY_LESSON);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await page.getByRole('link', { name: title!.trim() }).click();
  await expect(page.locator('h1').first()).toHaveText(title!);
  await context.setOffline(false);
});

test('pages kept before a deploy still open offline after it', async ({ page, context }) => {
  await page.goto(WORD_LESSON);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.reload(); // kept, as the service worker serves it
  const kept = () =>
    page.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const k of await caches.keys()) if (k.startsWith('mldojo-pages-')) out[k] = (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname);
      return out;
    });
  const lesson = new URL(WORD_LESSON, 'http://x/ml-dojo/').pathname;
  await expect.poll(async () => Object.values(await kept()).flat()).toContain(lesson);
  const [before] = Object.keys(await kept());
  // From a document that runs no script of ours, so nothing asks the old worker to keep more pages.
  await page.goto('favicon.svg');
  // A deploy: the same service worker with another build id, which names its pages cache. (Written
  // to the served file: routes do not see a service worker's update check. Only this file's tests
  // let service workers run, one after another.)
  const served = 'dist/sw.js';
  const original = readFileSync(served, 'utf8');
  try {
    writeFileSync(served, original.replaceAll(before, `${before}x`));
    // Asked again until it lands: an update check made while another is under way does nothing.
    const update = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update()).catch(() => {});
    await expect.poll(async () => (await update(), Object.keys(await kept())), { timeout: 30_000 }).toEqual([`${before}x`]);
  } finally {
    writeFileSync(served, original);
  }
  expect((await kept())[`${before}x`]).toContain(lesson);
  await context.setOffline(true);
  await page.goto(WORD_LESSON);
  await expect(page.locator('[data-runnable]').first()).toBeVisible();
  await context.setOffline(false);
});

test('with storage nearly full, the offline cache keeps Python and gives up the start-up snapshot', async ({ page, context, baseURL }) => {
  const QUOTA = 24e6;
  // 24 MB for the whole site: the Pyodide core (~14.6 MB) and the visited pages fit, but not with
  // the ~13 MB snapshot (packed), which is saved first.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: QUOTA });
  // Hold the service worker back until Python has booted and saved its snapshot: the order in
  // which the Python worker's downloads pass the service worker by and are handed over later.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/sw.js', async (route) => (await held, route.continue()));
  await page.goto(WORD_LESSON);
  await runFirstExample(page);
  // Chromium's estimate() does not show an overridden quota, so the snapshot is saved; a browser
  // whose estimate does show it saves none (snapshot.ts leaves the offline cache its room).
  const estimateShowsQuota = await page.evaluate(async (quota) => ((await navigator.storage.estimate()).quota ?? Infinity) <= quota, QUOTA);
  if (!estimateShowsQuota) await snapshotSaved(page);
  release();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await runtimeKept(page);
  const snapshots = await page.evaluate(async () => (await (await caches.open('mldojo-python-snapshot')).keys()).length);
  expect(snapshots).toBe(0);
  await worksOffline(page, context);
});
