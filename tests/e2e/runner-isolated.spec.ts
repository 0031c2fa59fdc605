// A host that sends COOP/COEP (GitHub Pages cannot) makes the page cross-origin isolated: Stop then
// interrupts Python through Pyodide's interrupt buffer and keeps the same interpreter, no new worker.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BASE, ISOLATED_PORT } from '../../playwright.config';
import { WORD_ID, WORD_LESSON, nextRunWorks, offline, openExercise, runThenStop, snapshotSaved } from './helpers';

test.use({ baseURL: `http://127.0.0.1:${ISOLATED_PORT}${BASE}` });
test.beforeEach(async ({ page }) => {
  await offline(page);
  // Count the Python workers the page creates: an interrupt must not need a new one.
  await page.addInitScript(() => {
    const w = window as unknown as { __pythonWorkers: number };
    w.__pythonWorkers = 0;
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name === 'python') w.__pythonWorkers++;
      }
    };
  });
});

const loop = readFileSync('tests/fixtures/bad-inputs/infinite_loop.py', 'utf8');
const workers = (page: Page) => page.evaluate(() => (window as unknown as { __pythonWorkers: number }).__pythonWorkers);

async function stopInterruptsInPlace(page: Page): Promise<void> {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  // What the runner reported ("Python restarted" = the interrupt did not land in time), kept for a failure report.
  await page.evaluate(() => {
    const w = window as unknown as { __statuses: string[]; __mldojoRunner: { statusListeners: Set<(text: string) => void> } };
    w.__statuses = [];
    w.__mldojoRunner.statusListeners.add((text) => w.__statuses.push(`${Math.round(performance.now())} ms: ${text}`));
  });
  await runThenStop(ex, loop, 1000);
  await nextRunWorks(ex, 'still here');
  const statuses = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
  expect(await workers(page), `runner statuses:\n${statuses.join('\n')}`).toBe(1);
  // The worker marks each finished job in the shared buffer, so a reply read late still counts.
  const finished = await page.evaluate(() => (window as unknown as { __mldojoRunner: { slot: { interrupt: Int32Array } } }).__mldojoRunner.slot.interrupt[1]);
  expect(finished).toBeGreaterThan(0);
}

test('isolated: Stop interrupts the running code and the same interpreter runs the next job', async ({ page }) => {
  await stopInterruptsInPlace(page);
});

test('isolated: an interpreter restored from its snapshot can be interrupted too', async ({ page }) => {
  await openExercise(page, WORD_LESSON, WORD_ID);
  await snapshotSaved(page);
  await stopInterruptsInPlace(page);
  const snapshot = await page.evaluate(() => (window as unknown as { __mldojoRunner: { bootTimings: { snapshot: string } } }).__mldojoRunner.bootTimings.snapshot);
  expect(snapshot).toBe('restored');
});
