// After one visit, a learner without a network keeps reading and running examples.
import { expect, test } from '@playwright/test';
import { WORD_LESSON } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('a visited lesson and its Python examples work offline', async ({ page, context }) => {
  await page.goto(WORD_LESSON);
  const example = page.locator('[data-runnable]').first();
  await example.scrollIntoViewIfNeeded();
  await example.getByRole('button', { name: 'Run example' }).click();
  await expect(example.locator('[data-output]')).not.toBeEmpty({ timeout: 60_000 });
  // The worker registers on idle after load, then caches what this page used.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  // expect.poll, not waitForFunction: the latter does not await an async predicate.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const name = (await caches.keys()).find((k) => k.startsWith('mldojo-pyodide-'));
          return name ? (await (await caches.open(name)).keys()).length : 0;
        }),
      { timeout: 60_000 },
    )
    .toBeGreaterThanOrEqual(5);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  const again = page.locator('[data-runnable]').first();
  await again.scrollIntoViewIfNeeded();
  await again.getByRole('button', { name: 'Run example' }).click();
  await expect(again.locator('[data-output]')).not.toBeEmpty({ timeout: 60_000 });
  await expect(again.locator('[data-output] .tone-error')).toHaveCount(0);
  await context.setOffline(false);
});
