import { expect, type Locator, type Page } from '@playwright/test';

export const WORD_LESSON = 'modules/python-fundamentals/pythonic-data-handling/';
export const WORD_ID = 'python-fundamentals/word_frequencies';
export const NUMPY_LESSON = 'modules/numpy-mastery/broadcasting-and-vectorization/';
export const NUMPY_ID = 'numpy-mastery/standardize';

/** Real users have internet; these tests must behave the same offline, so the package CDN is cut. */
export async function offline(page: Page): Promise<void> {
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('internetdisconnected'));
}

/**
 * A first visit whose worker boots Python itself, as on a link too slow for the build's interpreter
 * snapshot: the snapshot cannot be fetched (src/runner/shipped-snapshot.ts).
 */
export async function withoutShippedSnapshot(page: Page): Promise<void> {
  await page.context().route(/\/_astro\/interpreter[\w.-]*\.snap$/, (route) => route.abort('connectionrefused'));
}

/**
 * A first visit on a link fast enough for the build's interpreter snapshot. The worker judges the
 * link by the standard library's download (src/runner/shipped-snapshot.ts, unit-tested), which on
 * this busy test machine does not always look fast, so the test tells it to fetch the snapshot.
 */
export async function onAFastLink(page: Page): Promise<void> {
  await page.addInitScript(() => ((window as unknown as { __mldojoAlwaysShippedSnapshot: boolean }).__mldojoAlwaysShippedSnapshot = true));
}

/** Open a lesson and wait until the exercise's editor is live. */
export async function openExercise(page: Page, lesson: string, id: string): Promise<Locator> {
  await page.goto(lesson);
  const ex = page.locator(`[data-exercise-id="${id}"]`);
  await ex.scrollIntoViewIfNeeded();
  await expect(ex).toHaveClass(/is-live/, { timeout: 60_000 });
  return ex;
}

export async function setCode(ex: Locator, code: string): Promise<void> {
  await ex.evaluate((el, c) => (el as HTMLElement & { mldojoEditor: { setValue(s: string): void } }).mldojoEditor.setValue(c), code);
}

export async function getCode(ex: Locator): Promise<string> {
  return ex.evaluate((el) => (el as HTMLElement & { mldojoEditor: { getValue(): string } }).mldojoEditor.getValue());
}

/** Press a toolbar button and wait for that job's outcome ('passed', 'failed', 'ran', 'error', 'stopped'). */
export async function press(ex: Locator, name: 'Run' | 'Check', timeout = 60_000): Promise<string> {
  const before = Number((await ex.getAttribute('data-result-count')) ?? 0);
  await ex.getByRole('button', { name, exact: true }).click();
  await expect(ex).toHaveAttribute('data-result-count', String(before + 1), { timeout });
  return (await ex.getAttribute('data-last-result'))!;
}

export function output(ex: Locator): Locator {
  return ex.locator('[data-output]');
}

/**
 * Wait until the page has kept its interpreter snapshot (src/runner/snapshot.ts). Polls with
 * `expect.poll`: `page.waitForFunction` does not await an async predicate (a Promise is truthy).
 */
export async function snapshotSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('mldojo-python-snapshot')).keys()).length), { timeout: 30_000 })
    .toBe(1);
}

/** Run `code`, press Stop after `afterMs`, and check the verdict says so and the code is kept. */
export async function runThenStop(ex: Locator, code: string, afterMs: number): Promise<void> {
  await setCode(ex, code);
  const before = Number((await ex.getAttribute('data-result-count')) ?? 0);
  await ex.getByRole('button', { name: 'Run', exact: true }).click();
  await ex.page().waitForTimeout(afterMs);
  await ex.getByRole('button', { name: 'Stop' }).click();
  await expect(ex).toHaveAttribute('data-result-count', String(before + 1));
  await expect(output(ex)).toContainText(/Stopped after \d+(\.\d)? s/);
  expect(await getCode(ex)).toBe(code);
}

/** After a bad input, the same exercise runs ordinary code again. */
export async function nextRunWorks(ex: Locator, text = 'alive'): Promise<void> {
  await setCode(ex, `print("${text}")`);
  expect(await press(ex, 'Run')).toBe('ran');
  await expect(output(ex)).toContainText(text);
}
