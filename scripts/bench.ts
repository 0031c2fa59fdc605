// `npm run bench`: builds, serves the production build locally, drives Chromium and prints (and
// writes bench-results/latest.json) numbers measured in ONE run, so ratios compare like with like.
// Usage: node scripts/bench.ts [--runs 5] [--first-output-runs 11] [--no-build] [--no-lighthouse] [--write-readme] [--first-output-only]
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../playwright.config.ts';
import { median, ratioOfMedians } from './bench-stats.ts';
import { SHIPPED_STDLIB_FILE } from '../src/lib/pyodide-core.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = option('--runs', 5);
/** First output is the noisiest number and the one with the tightest target: it gets more runs. */
const FIRST_OUTPUT_RUNS = option('--first-output-runs', Math.max(RUNS, 11));
const BASE = '/ml-dojo/';
const PORT = 4610;
const ISO_PORT = 4611;
/** Same build over one shared 20 Mbit/s link with a 40 ms round trip: a learner's broadband, not loopback. */
const LINK_PORT = 4612;
const LINK = { mbps: 20, roundTripMs: 40 };
const LESSON = 'modules/python-fundamentals/pythonic-data-handling/';
/** The same lesson opened at the heading just above its first runnable example: the example is in view at load. */
const LESSON_AT_EXAMPLE = LESSON + '#worked-example-mean-rating-per-genre';
const EXERCISE = 'python-fundamentals/word_frequencies';
const CHROME_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--no-sandbox'];
const results: Record<string, unknown> = {};

function countPages(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) n += countPages(p);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

if (!args.includes('--no-build')) {
  const t0 = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { env: { ...process.env, BASE_PATH: BASE }, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('build failed');
  const seconds = (performance.now() - t0) / 1000;
  const pages = countPages('dist');
  results.build = { seconds: +seconds.toFixed(1), pages, msPerPage: Math.round((seconds * 1000) / pages) };
}

// The floor: a bare page that loads the same self-hosted Pyodide and prints 1+1 (with the same
// precompiled standard library as the site's workers). Diagnostic, not a target: the same page as a
// stock Pyodide page would be, on the npm package's source library (the default python_stdlib.zip).
const floorPage = (options: string) => `<!doctype html><meta charset="utf-8"><title>floor</title><pre id="out"></pre><script type="module">
import { loadPyodide } from './pyodide/pyodide.mjs';
const py = await loadPyodide({ indexURL: new URL('./pyodide/', location.href).href${options} });
py.setStdout({ batched: (s) => { document.getElementById('out').textContent = s; window.__firstOutput ??= performance.now(); } });
py.runPython('print(1+1)');
</script>`;
writeFileSync('dist/bench-floor.html', floorPage(`, stdLibURL: './pyodide/${SHIPPED_STDLIB_FILE}'`));
writeFileSync('dist/bench-floor-stock.html', floorPage(''));

// Diagnostic, not a target: the same Pyodide booted in the lesson's own worker, started by the
// lesson's own start-up code (src/runner/start-worker.js), on a page with nothing else on it.
// Splits the lesson's gap into "Python in a worker" and "the lesson page".
const pythonWorker = readdirSync('dist/_astro').find((name) => /^worker-[\w-]+\.js$/.test(name));
const startWorkerSource = readFileSync('src/runner/start-worker.js', 'utf8').replace(/^export /gm, '');
writeFileSync(
  'dist/bench-floor-worker.html',
  `<!doctype html><meta charset="utf-8"><title>floor in the lesson's worker</title><pre id="out"></pre>
<script>${startWorkerSource}</script><script type="module">
const indexURL = new URL('./pyodide/', location.href).href;
const booted = mldojoStartWorker({ workerUrl: './_astro/${pythonWorker}', indexURL, packageBaseUrl: indexURL });
booted.adopt((e) => { if (e.data.kind === 'stdout') { document.getElementById('out').textContent = e.data.text; window.__firstOutput ??= performance.now(); } });
booted.worker.postMessage({ kind: 'run', jobId: 1, source: 'print(1+1)', prelude: '', packages: [] });
</script>`,
);

function serve(port: number, isolate: boolean, extra: string[] = []): ChildProcess {
  return spawn('node', ['scripts/serve-dist.ts', '--port', String(port), '--base', BASE, ...(isolate ? ['--isolate'] : []), ...extra], { stdio: 'ignore' });
}
const servers = [serve(PORT, false), serve(ISO_PORT, true), serve(LINK_PORT, false, ['--network', `${LINK.mbps},${LINK.roundTripMs}`])];
await new Promise((r) => setTimeout(r, 800));
const url = (path: string, port = PORT) => `http://127.0.0.1:${port}${BASE}${path}`;

// Records, in page time, every click and every moment an output pane gains text.
const PROBE = `
  window.__clicks = []; window.__outputs = [];
  // When the page created its Python worker: how early Python started is most of first output.
  const RealWorker = window.Worker;
  window.Worker = class extends RealWorker { constructor(...a) { super(...a); if (a[1]?.name === 'python') window.__workerAt ??= performance.now(); } };
  addEventListener('click', (e) => e.isTrusted && window.__clicks.push(performance.now()), true); // not the island's replay of an early click
  window.__results = [];
  new MutationObserver((ms) => {
    if (ms.some((m) => m.type === 'attributes' && m.attributeName === 'data-result-count')) window.__results.push(performance.now());
    if (ms.some((m) => m.type !== 'attributes' && (m.target.closest?.('[data-output]') || m.target.parentElement?.closest?.('[data-output]')) && m.target.textContent)) window.__outputs.push(performance.now());
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-result-count'] });
`;

async function firstOutputAfter(page: Page, clickIndex: number): Promise<number> {
  await page.waitForFunction((i) => (window as any).__outputs.some((t: number) => t > (window as any).__clicks[i]), clickIndex, { timeout: 120_000 });
  return page.evaluate((i) => {
    const w = window as any;
    return w.__outputs.find((t: number) => t > w.__clicks[i]);
  }, clickIndex);
}

/**
 * How a visit finds the browser:
 * - `cold`: a fresh profile;
 * - `warm`: the same tab comes back after an earlier visit (the learner moves on to the next lesson, or
 *   reloads): the HTTP and code caches are filled, and the tab's renderer process still holds what V8
 *   compiled in it;
 * - `warm-new-tab`: the earlier visit's tab was closed and a new one opened (the learner comes back
 *   another day): the HTTP and code caches on disk only, in a new renderer process.
 */
type Visit = 'cold' | 'warm' | 'warm-new-tab';

/**
 * How long the earlier visit of a warm one lasts, floor and lesson alike: the learner reads the output
 * for a few seconds. Equal for both because what the browser caches depends on it: Chrome keeps a
 * wasm module's optimised code once V8 has tiered enough of it up, and keeps a module script's code
 * cache on its second load (the lesson's warm spare loads Pyodide again after 4 s of idle).
 */
const EARLIER_VISIT_MS = 10_000;

/** Load `path` once and wait for `done`, then leave the page the way `visit` asks for the measured load. */
async function pageForVisit(ctx: BrowserContext, visit: Visit, path: string, done: (page: Page) => Promise<unknown>): Promise<Page> {
  let page = await ctx.newPage();
  if (visit === 'cold') return page;
  const opened = Date.now();
  await page.goto(path);
  await done(page);
  await page.waitForTimeout(Math.max(0, EARLIER_VISIT_MS - (Date.now() - opened)));
  if (visit === 'warm-new-tab') {
    await page.close();
    page = await ctx.newPage();
  }
  return page;
}

async function floor(browser: Browser, visit: Visit, file = 'bench-floor.html', port = PORT): Promise<number> {
  const ctx = await browser.newContext();
  const page = await pageForVisit(ctx, visit, url(file, port), (p) => p.waitForFunction(() => (window as any).__firstOutput, null, { timeout: 120_000 }));
  await page.goto('about:blank');
  await page.goto(url(file, port));
  const t = await page.waitForFunction(() => (window as any).__firstOutput, null, { timeout: 120_000 }).then((h) => h.jsonValue() as Promise<number>);
  await ctx.close();
  return t;
}

/** Open the lesson with the example in view and press Run at once: navigation start → first output. */
async function lessonFirstOutput(browser: Browser, visit: Visit, port = PORT): Promise<{ first: number; second: number; workerAt: number; shipped: boolean }> {
  const ctx = await browser.newContext();
  await ctx.addInitScript(PROBE);
  const page = await pageForVisit(ctx, visit, url(LESSON, port), async (p) => {
    await p.locator('[data-runnable] [data-action="run-example"]').first().click();
    await firstOutputAfter(p, 0);
    // The earlier visit lasted long enough to keep its interpreter snapshot (src/runner/snapshot.ts).
    // (Polled here: waitForFunction does not await an async predicate.)
    for (let t = 0; t < 300 && !(await p.evaluate(async () => (await (await caches.open('mldojo-python-snapshot')).keys()).length)); t++) await p.waitForTimeout(100);
  });
  // Leave the page first: going from LESSON to LESSON#anchor would only scroll, not load again.
  await page.goto('about:blank');
  // DOMContentLoaded: the page's deferred module scripts have run, as for a learner's first click.
  await page.goto(url(LESSON_AT_EXAMPLE, port), { waitUntil: 'domcontentloaded' });
  const button = page.locator('[data-runnable] [data-action="run-example"]').first();
  await button.click();
  const first = await firstOutputAfter(page, 0);
  const workerAt = await page.evaluate(() => (window as any).__workerAt as number);
  // Whether the worker restored the build's snapshot (only a cold visit on a fast link should).
  const shipped = await page.evaluate(() => (window as any).__mldojoRunner?.bootTimings?.snapshot === 'shipped');
  await page.waitForFunction(() => !document.querySelector('[data-runnable] [data-action="run-example"]')?.hasAttribute('disabled'));
  await button.click();
  const clickAt = await page.evaluate(() => (window as any).__clicks[1]);
  const second = (await firstOutputAfter(page, 1)) - clickAt;
  await ctx.close();
  return { first, second, workerAt, shipped };
}

async function exerciseTimings(browser: Browser, port: number): Promise<{ check: number; stopToOutput: number; recovery: number; nextRun: number }> {
  const ctx = await browser.newContext();
  await ctx.addInitScript(PROBE);
  const page = await ctx.newPage();
  await page.goto(url(LESSON, port));
  const ex = page.locator(`[data-exercise-id="${EXERCISE}"]`);
  await ex.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-exercise-id].is-live'), null, { timeout: 120_000 });
  const setCode = (code: string) => ex.evaluate((el, c) => (el as any).mldojoEditor.setValue(c), code);
  // Warm the interpreter once so we time Check itself.
  await setCode('print(1)');
  await ex.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-exercise-id]')?.getAttribute('data-result-count') === '1', null, { timeout: 120_000 });
  await setCode('def word_frequencies(text):\n    return {}\n');
  const t0 = await page.evaluate(() => performance.now());
  await ex.getByRole('button', { name: 'Check', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-exercise-id]')?.getAttribute('data-result-count') === '2');
  const check = (await page.evaluate(() => performance.now())) - t0;
  await page.waitForTimeout(9000); // the learner reads: the warm spare starts after 4 s idle and boots
  await setCode('while True:\n    pass\n');
  await ex.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForTimeout(500);
  await ex.getByRole('button', { name: 'Stop' }).click();
  await page.waitForFunction(() => document.querySelector('[data-exercise-id]')?.getAttribute('data-result-count') === '3');
  // Recovery: Stop pressed → "stopped" shown and the runner usable again (measured in the page).
  const recovery = await page.evaluate(() => (window as any).__results.at(-1) - (window as any).__clicks.at(-1));
  // Then the next Run on the recovered interpreter, pressed at once (no human delay in the number).
  await setCode('print("after stop")');
  const nextRun = await page.evaluate(async () => {
    const w = window as any;
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>('[data-exercise-id] [data-action="run"]')!.click();
    while (!w.__outputs.some((t: number) => t > t0)) await new Promise((r) => setTimeout(r, 1));
    return w.__outputs.find((t: number) => t > t0) - t0;
  });
  const stopToOutput = recovery + nextRun;
  await ctx.close();
  return { check, stopToOutput, recovery, nextRun };
}

/**
 * Bytes a page transfers before any interaction. Runtime bytes (Pyodide, Monaco) are counted apart:
 * a lesson whose example is within reach of the first screen starts them at open, by design.
 */
async function bytesBeforeInteraction(browser: Browser, path: string): Promise<{ kb: number; runtimeBytes: boolean; runtimeKb: number }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let runtime = 0;
  const urls: string[] = [];
  const ids = new Map<string, string>();
  const isRuntime = (u: string) => /pyodide|monaco|editor\.worker|_astro\/worker-|_astro\/mldojo_grader-|_astro\/interpreter[\w.-]*\.snap/.test(u);
  cdp.on('Network.requestWillBeSent', (e) => (urls.push(e.request.url), ids.set(e.requestId, e.request.url)));
  // data: URLs (fonts inlined in CSS) are already counted inside their stylesheet.
  cdp.on('Network.loadingFinished', (e) => {
    const u = ids.get(e.requestId);
    if (!u || u.startsWith('data:')) return;
    if (isRuntime(u)) runtime += e.encodedDataLength;
    else bytes += e.encodedDataLength;
  });
  await page.goto(url(path), { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await ctx.close();
  return { kb: Math.round(bytes / 1024), runtimeBytes: urls.some(isRuntime), runtimeKb: Math.round(runtime / 1024) };
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_ARGS });
try {
  const cold = { floor: [] as number[], lesson: [] as number[], workerAt: [] as number[], workerFloor: [] as number[], shipped: [] as number[] };
  const warm = { floor: [] as number[], lesson: [] as number[], workerAt: [] as number[], second: [] as number[] };
  const warmNewTab = { floor: [] as number[], lesson: [] as number[], workerAt: [] as number[] };
  const overTheLink = { floor: [] as number[], lesson: [] as number[], workerAt: [] as number[], shipped: [] as number[] };
  const stock = { cold: [] as number[], warm: [] as number[] };
  // Each run measures floor and lesson back to back, in alternating order: whatever a page
  // leaves running after it closes (a cache write, a GC) then weighs on both alike.
  const inTurn = (floorFirst: boolean, floor: () => Promise<unknown>, lesson: () => Promise<unknown>) => (floorFirst ? floor().then(lesson) : lesson().then(floor));
  for (let i = 0; i < FIRST_OUTPUT_RUNS; i++) {
    const floorFirst = i % 2 === 0;
    for (const visit of ['cold', 'warm', 'warm-new-tab'] as const) {
      const s = { cold, warm, 'warm-new-tab': warmNewTab }[visit];
      const measureFloor = async () => s.floor.push(await floor(browser, visit));
      const measureLesson = async () => {
        const r = await lessonFirstOutput(browser, visit);
        s.lesson.push(r.first);
        s.workerAt.push(r.workerAt);
        if (visit === 'cold') cold.shipped.push(+r.shipped);
        if (visit === 'warm') warm.second.push(r.second);
      };
      await inTurn(floorFirst, measureFloor, measureLesson);
    }
    cold.workerFloor.push(await floor(browser, 'cold', 'bench-floor-worker.html'));
    stock.cold.push(await floor(browser, 'cold', 'bench-floor-stock.html'));
    stock.warm.push(await floor(browser, 'warm', 'bench-floor-stock.html'));
    const overLink = async () => overTheLink.floor.push(await floor(browser, 'cold', 'bench-floor.html', LINK_PORT));
    const lessonOverLink = async () => {
      const r = await lessonFirstOutput(browser, 'cold', LINK_PORT);
      overTheLink.lesson.push(r.first);
      overTheLink.workerAt.push(r.workerAt);
      overTheLink.shipped.push(+r.shipped);
    };
    await inTurn(floorFirst, overLink, lessonOverLink);
  }
  const ms = (x: number) => Math.round(x);
  const summary = (s: { floor: number[]; lesson: number[]; workerAt: number[] }) => {
    const { ratio, low, high } = ratioOfMedians(s.lesson, s.floor);
    return {
      floorMs: ms(median(s.floor)),
      lessonMs: ms(median(s.lesson)),
      ratio: +ratio.toFixed(3),
      /** 95 % bootstrap interval of the ratio: how far the machine's noise lets us trust it. */
      ratioInterval: [+low.toFixed(3), +high.toFixed(3)],
      workerStartedMs: ms(median(s.workerAt)),
    };
  };
  const inWorker = ratioOfMedians(cold.workerFloor, cold.floor);
  results.firstOutput = {
    cold: { ...summary(cold), shippedVisits: cold.shipped.reduce((a, b) => a + b, 0), workerFloorMs: ms(median(cold.workerFloor)), workerFloorRatio: +inWorker.ratio.toFixed(3), workerFloorInterval: [+inWorker.low.toFixed(3), +inWorker.high.toFixed(3)] },
    warm: summary(warm),
    warmNewTab: summary(warmNewTab),
    coldOverLink: { ...summary(overTheLink), shippedVisits: overTheLink.shipped.reduce((a, b) => a + b, 0), link: LINK },
    // The lesson against a stock Pyodide page: what the site's own start-up work buys, all of it.
    stockFloor: Object.fromEntries(
      (['cold', 'warm'] as const).map((k) => {
        const { ratio, low, high } = ratioOfMedians((k === 'cold' ? cold : warm).lesson, stock[k]);
        return [k, { floorMs: ms(median(stock[k])), lessonRatio: +ratio.toFixed(3), ratioInterval: [+low.toFixed(3), +high.toFixed(3)] }];
      }),
    ),
  };
  results.secondRunMs = +median(warm.second).toFixed(1);
  // Every visit, in run order: a noisy run shows as such, not just as a wide interval.
  const rounded = (o: Record<string, number[]>) => Object.fromEntries(Object.entries(o).map(([k, xs]) => [k, xs.map(Math.round)]));
  results.firstOutputSamples = { cold: rounded(cold), warm: rounded(warm), warmNewTab: rounded(warmNewTab), coldOverLink: rounded(overTheLink), stockFloor: rounded(stock) };
  if (args.includes('--first-output-only')) {
    console.log(JSON.stringify(results, null, 2));
    for (const s of servers) s.kill();
    await browser.close();
    process.exit(0);
  }
  const plain: Awaited<ReturnType<typeof exerciseTimings>>[] = [];
  const iso: typeof plain = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    plain.push(await exerciseTimings(browser, PORT));
    iso.push(await exerciseTimings(browser, ISO_PORT));
  }
  const med = (xs: typeof plain, k: keyof (typeof plain)[number]) => +median(xs.map((x) => x[k])).toFixed(1);
  results.checkStdlibMs = med(plain, 'check');
  results.stop = {
    notIsolated: { recoveryMs: med(plain, 'recovery'), nextRunMs: med(plain, 'nextRun'), stopToNextOutputMs: med(plain, 'stopToOutput') },
    isolated: { recoveryMs: med(iso, 'recovery'), nextRunMs: med(iso, 'nextRun'), stopToNextOutputMs: med(iso, 'stopToOutput') },
  };
  const pageTypes: Record<string, string> = {
    home: '',
    track: 'tracks/mathematics/',
    module: 'modules/linear-algebra/',
    lesson: LESSON,
    dashboard: 'progress/',
    planner: 'plan/',
  };
  const bytes: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(pageTypes)) bytes[name] = await bytesBeforeInteraction(browser, path);
  // Every written lesson, since math-heavy ones load more KaTeX fonts than the lesson above.
  const lessonKb: number[] = [];
  const startAtOpen: string[] = [];
  for (const dir of readdirSync('dist/modules')) {
    for (const lesson of readdirSync(join('dist/modules', dir))) {
      if (lesson === 'problems' || !statSync(join('dist/modules', dir, lesson)).isDirectory()) continue;
      const b = await bytesBeforeInteraction(browser, `modules/${dir}/${lesson}/`);
      lessonKb.push(b.kb);
      if (b.runtimeBytes) startAtOpen.push(`${dir}/${lesson}`);
    }
  }
  lessonKb.sort((a, b) => a - b);
  bytes['all lessons'] = {
    count: lessonKb.length,
    minKb: lessonKb[0],
    medianKb: Math.round(median(lessonKb)),
    maxKb: lessonKb.at(-1),
    over100Kb: lessonKb.filter((k) => k > 100).length,
    /** Lessons with an example within reach of the first screen: Python starts warming at open. */
    runtimeAtOpen: startAtOpen,
  };
  results.bytesBeforeInteraction = bytes;
} finally {
  await browser.close();
}

if (!args.includes('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const lh: Record<string, unknown> = {};
  for (const [name, path] of Object.entries({ home: '', lesson: LESSON, dashboard: 'progress/' })) {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROME_ARGS] });
    try {
      const run = await lighthouse(url(path), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      const c = run!.lhr.categories;
      lh[name] = { performance: Math.round(c.performance.score! * 100), accessibility: Math.round(c.accessibility.score! * 100), bestPractices: Math.round(c['best-practices'].score! * 100) };
    } finally {
      await chrome.kill();
    }
  }
  results.lighthouse = lh;
}
for (const s of servers) s.kill();

results.machine = { date: new Date().toISOString().slice(0, 10), cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, runs: RUNS, firstOutputRuns: FIRST_OUTPUT_RUNS };
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
if (args.includes('--write-readme')) (await import('./bench-readme.ts')).writeReadme(results);
console.log(JSON.stringify(results, null, 2));
