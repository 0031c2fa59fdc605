// How Python starts fast: from the HTML itself when the page opens at an example, and from a
// memory snapshot on a later visit. The restored interpreter must behave exactly like a fresh one.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { WORD_ID, WORD_LESSON, offline, onAFastLink, openExercise, output, press, setCode, snapshotSaved, withoutShippedSnapshot } from './helpers';
import { SHIPPED_STDLIB_FILE } from '../../src/lib/pyodide-core.ts';
import { stdlibId } from '../../src/lib/site-config.mjs';

const solution = readFileSync('content/exercises/python-fundamentals/word_frequencies/solution.py', 'utf8');
const wrong = readFileSync('content/exercises/python-fundamentals/word_frequencies/wrong/split_on_spaces.py', 'utf8');

test.beforeEach(async ({ page }) => offline(page));

/** Records when the page created its Python worker, and whether the HTML was still being parsed. */
async function watchWorkerStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name === 'python' && w.__workerAt === undefined) {
          w.__workerAt = performance.now();
          w.__readyStateAtWorker = document.readyState;
          w.__examplesParsedAtWorker = document.querySelectorAll('[data-runnable], [data-exercise-id]').length;
        }
      }
    };
  });
}

const bootSnapshot = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __mldojoRunner?: { bootTimings: { snapshot: string } | null } }).__mldojoRunner?.bootTimings?.snapshot, null, { timeout: 60_000 }).then((h) => h.jsonValue());

/** Open the lesson at `fragment`, press the first example's Run and wait for its output. */
async function runFirstExampleFrom(page: Page, fragment: string): Promise<void> {
  await watchWorkerStart(page);
  await page.goto(`${WORD_LESSON}#${fragment}`);
  const example = page.locator('[data-runnable]').first();
  await example.getByRole('button', { name: 'Run example' }).click();
  await expect(example.locator('[data-output]')).not.toBeEmpty({ timeout: 60_000 });
}

test('a lesson opened at the section of an example starts Python from its <head>', async ({ page }) => {
  await runFirstExampleFrom(page, 'worked-example-mean-rating-per-genre');
  expect(await page.evaluate(() => (window as any).__examplesParsedAtWorker)).toBe(0);
});

test('a lesson opened with an example in view starts Python while its HTML is still being parsed', async ({ page }) => {
  // A section just above the example: not in the <head>'s list, but the example is within reach.
  await runFirstExampleFrom(page, 'counter-and-defaultdict');
  // 'loading': started by the inline call after the example, not by the deferred page scripts.
  expect(await page.evaluate(() => (window as any).__readyStateAtWorker)).toBe('loading');
});

test('opened at the top, far from any example, the lesson starts nothing until the learner scrolls', async ({ page }) => {
  await watchWorkerStart(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(WORD_LESSON);
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => (window as any).__workerAt)).toBeUndefined();
  await page.locator('[data-runnable]').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => (window as any).__workerAt !== undefined);
});

test('a later visit restores Python from a snapshot, and the restored interpreter grades the same', async ({ page }) => {
  await withoutShippedSnapshot(page);
  let ex = await openExercise(page, WORD_LESSON, WORD_ID);
  expect(await bootSnapshot(page)).toBe('made');
  await snapshotSaved(page);

  ex = await openExercise(page, WORD_LESSON, WORD_ID);
  expect(await bootSnapshot(page)).toBe('restored');
  await setCode(ex, 'import sys\nprint("hello from", sys.version_info[:2])\nx = 1 / 0\n');
  expect(await press(ex, 'Run')).toBe('error');
  await expect(output(ex)).toContainText('hello from (3, 14)');
  await expect(output(ex)).toContainText(/ZeroDivisionError/);
  await expect(output(ex)).toContainText(/line 3/);
  await setCode(ex, wrong);
  expect(await press(ex, 'Check')).toBe('failed');
  await expect(ex.locator('.test-list li.test-fail').first()).toBeVisible();
  await setCode(ex, solution);
  expect(await press(ex, 'Check')).toBe('passed');
  await setCode(ex, 'import sys\nsys.exit(3)\n');
  await press(ex, 'Run');
  await expect(output(ex)).toContainText(/called sys\.exit\(\) with 3/);
});

test('a Run pressed while Python starts gets its output first; the warm spare keeps the snapshot, and the next visit restores it', async ({ page }) => {
  await withoutShippedSnapshot(page);
  // Python cannot finish booting before the click: its compiled wasm is held back until then.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pyodide.asm.wasm', async (route) => (await held, route.fallback()));
  await page.goto(`${WORD_LESSON}#worked-example-mean-rating-per-genre`);
  const example = page.locator('[data-runnable]').first();
  await example.getByRole('button', { name: 'Run example' }).click();
  release();
  await expect(example.locator('[data-output]')).not.toBeEmpty({ timeout: 60_000 });
  expect(await bootSnapshot(page)).toBe('deferred');
  // The first worker kept none; the spare, started while the learner reads, does.
  await snapshotSaved(page);

  await page.goto('about:blank'); // the same URL again would only scroll to its fragment
  await runFirstExampleFrom(page, 'worked-example-mean-rating-per-genre');
  expect(await bootSnapshot(page)).toBe('restored');
});

test("a fresh interpreter gets the grader's bytecode from the build, beside its source", async ({ page }) => {
  const responses: number[] = [];
  await withoutShippedSnapshot(page);
  page.on('response', (r) => /_astro\/mldojo_grader-[\w-]+\.pyc$/.test(r.url()) && responses.push(r.status()));
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  expect(await bootSnapshot(page)).toBe('made');
  // The pyc the import found: flags 3 is a checked-hash file, as the build makes it. Without it there
  // is no file at all: Pyodide writes no bytecode of its own (sys.dont_write_bytecode), so Run fails.
  await setCode(ex, [
    'import importlib.util, mldojo_grader',
    "cached = importlib.util.cache_from_source(mldojo_grader.__file__)",
    "print('flags', int.from_bytes(open(cached, 'rb').read(8)[4:8], 'little'))",
  ].join('\n'));
  expect(await press(ex, 'Run')).toBe('ran');
  await expect(output(ex)).toContainText('flags 3');
  expect(responses).toEqual([200]);
});

test('Python boots from the precompiled library under its hashed URL; the source library stays for tabs of older builds', async ({ page, request }) => {
  const stdlibRequests: string[] = [];
  page.context().on('request', (r) => /python_stdlib/.test(r.url()) && stdlibRequests.push(r.url().split('/pyodide/')[1]));
  await runFirstExampleFrom(page, 'worked-example-mean-rating-per-genre');
  expect(stdlibRequests).toEqual([`${SHIPPED_STDLIB_FILE}?v=${stdlibId()}`]);
  // A worker of a build before precompiling asks for python_stdlib.zip, and restores a snapshot
  // made with exactly the npm package's zip: it must still get that zip, byte for byte.
  const source = await request.get('pyodide/python_stdlib.zip');
  expect(Buffer.compare(await source.body(), readFileSync('node_modules/pyodide/python_stdlib.zip'))).toBe(0);
});

for (const [what, packed] of [
  ['a snapshot file that is not a packed snapshot is ignored', false],
  ['a snapshot that cannot be restored is thrown away', true],
] as const) {
  test(`${what}, and Python boots normally`, async ({ page }) => {
    await withoutShippedSnapshot(page);
    await openExercise(page, WORD_LESSON, WORD_ID);
    await snapshotSaved(page);
    await page.evaluate(async (packed) => {
      const cache = await caches.open('mldojo-python-snapshot');
      const [key] = await cache.keys();
      const garbage = new Uint8Array(4096).fill(7);
      // snapshot-pack.ts's format: "MLDS", format 1, length, page size; one page, kept.
      const header = new Uint8Array(17);
      new DataView(header.buffer).setUint32(0, 0x53444c4d, true);
      [1, 4096, 4096].forEach((v, i) => new DataView(header.buffer).setUint32(4 + i * 4, v, true));
      header[16] = 1;
      await cache.put(key, new Response(packed ? new Blob([header, garbage]) : garbage));
    }, packed);
    const ex = await openExercise(page, WORD_LESSON, WORD_ID);
    expect(await bootSnapshot(page)).toBe('made');
    await setCode(ex, solution);
    expect(await press(ex, 'Check')).toBe('passed');
    // and a real one takes its place
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const cache = await caches.open('mldojo-python-snapshot');
            const [key] = await cache.keys(); // none between dropping the bad one and saving anew
            return key ? (await (await cache.match(key))!.arrayBuffer()).byteLength : 0;
          }),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(1e6);
  });
}

test("a first visit on a fast link restores the build's snapshot: it runs and grades, and the next visit restores the copy it kept", async ({ page }) => {
  await onAFastLink(page);
  const snapResponses: number[] = [];
  page.on('response', (r) => /_astro\/interpreter[\w.-]*\.snap$/.test(r.url()) && snapResponses.push(r.status()));
  let ex = await openExercise(page, WORD_LESSON, WORD_ID);
  expect(await bootSnapshot(page)).toBe('shipped');
  expect(snapResponses).toEqual([200]);
  await setCode(ex, 'import sys, random\nprint("hello from", sys.version_info[:2], random.random())\nx = 1 / 0\n');
  expect(await press(ex, 'Run')).toBe('error');
  await expect(output(ex)).toContainText('hello from (3, 14)');
  await expect(output(ex)).toContainText(/line 3/);
  const drawn = (await output(ex).textContent())!.match(/0\.\d+/)![0];
  await setCode(ex, wrong);
  expect(await press(ex, 'Check')).toBe('failed');
  await setCode(ex, solution);
  expect(await press(ex, 'Check')).toBe('passed');
  // Kept as this browser's own snapshot; the next visit restores it and fetches nothing more.
  await snapshotSaved(page);
  ex = await openExercise(page, WORD_LESSON, WORD_ID);
  expect(await bootSnapshot(page)).toBe('restored');
  expect(snapResponses).toEqual([200]);
  await setCode(ex, 'import random\nprint(random.random())\n');
  expect(await press(ex, 'Run')).toBe('ran');
  // A snapshot freezes the random generator's state: each restore must draw numbers of its own.
  await expect(output(ex)).toContainText(/0\.\d+/);
  expect(await output(ex).textContent()).not.toContain(drawn);
});

test.describe('in a time zone far from the build machine', () => {
  test.use({ timezoneId: 'Asia/Kolkata' });
  test("the build's snapshot tells the learner's time zone", async ({ page }) => {
    await onAFastLink(page);
    const ex = await openExercise(page, WORD_LESSON, WORD_ID);
    expect(await bootSnapshot(page)).toBe('shipped');
    await setCode(ex, 'import time\nprint(time.timezone, time.tzname[0])\n');
    expect(await press(ex, 'Run')).toBe('ran');
    await expect(output(ex)).toContainText('-19800 UTC+0530');
  });
});

for (const [what, body] of [
  ['an unreadable build snapshot', 'not a snapshot'],
  ['a build snapshot that cannot be restored', null],
] as const) {
  test(`${what} is given up, and Python boots normally`, async ({ page }) => {
    await onAFastLink(page);
    await page.context().route(/\/_astro\/interpreter[\w.-]*\.snap$/, async (route) => {
      if (body) return route.fulfill({ body });
      // Packed as snapshot-pack.ts packs, gzipped: one page of garbage, which Pyodide cannot restore.
      const packed = new Uint8Array(16 + 1 + 4096).fill(7);
      const header = new DataView(packed.buffer);
      [0x53444c4d, 1, 4096, 4096].forEach((v, i) => header.setUint32(i * 4, v, true));
      packed[16] = 1;
      return route.fulfill({ body: gzipSync(packed) });
    });
    const ex = await openExercise(page, WORD_LESSON, WORD_ID);
    expect(await bootSnapshot(page)).toBe('made');
    await setCode(ex, solution);
    expect(await press(ex, 'Check')).toBe('passed');
  });
}

test('with the browser saving data, an example in view downloads nothing until the learner runs it', async ({ page }) => {
  await onAFastLink(page);
  await watchWorkerStart(page);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
  const runtimeRequests: string[] = [];
  page.on('request', (r) => /pyodide|monaco|editor\.worker|\.snap$/.test(r.url()) && runtimeRequests.push(r.url()));
  await page.goto(`${WORD_LESSON}#worked-example-mean-rating-per-genre`);
  await page.waitForLoadState('load');
  const example = page.locator('[data-runnable]').first();
  await expect(example.locator('[data-runtime-status]')).toHaveText(/Data saver is on/);
  await page.waitForTimeout(1000); // time enough for any warm-up to have started
  expect(await page.evaluate(() => (window as any).__workerAt)).toBeUndefined();
  expect(runtimeRequests).toEqual([]);
  await example.getByRole('button', { name: 'Run example' }).click();
  await expect(example.locator('[data-output]')).not.toBeEmpty({ timeout: 60_000 });
  expect(await page.evaluate(() => (window as any).__workerAt)).toBeDefined();
  await expect(page.locator('[data-runtime-status]', { hasText: 'Data saver' })).toHaveCount(0);
  // Nor the build's interpreter snapshot, ~4.5 MB that Python can start without.
  expect(await bootSnapshot(page)).not.toBe('shipped');
  expect(runtimeRequests.filter((url) => /\.snap$/.test(url))).toEqual([]);
});
