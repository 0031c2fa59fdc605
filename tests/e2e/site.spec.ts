// The site as a whole under a sub-path: navigation, math, search, 404, theme, narrow screens.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { WORD_LESSON, offline } from './helpers';

test.beforeEach(async ({ page }) => offline(page));

test('home shows every track and all 51 modules, and links stay under the base path', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.track-list > li')).toHaveCount(8);
  await expect(page.locator('.module-card')).toHaveCount(51);
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(50);
  expect(hrefs.filter((h) => !h.startsWith('/ml-dojo/'))).toEqual([]);
});

test('a module without lessons says "in preparation" plainly', async ({ page }) => {
  await page.goto('modules/svm/');
  await expect(page.getByRole('note')).toContainText('In preparation');
  await expect(page.locator('h1')).toContainText('C6');
});

test('a lesson renders its math with KaTeX at build time and shows its place in the curriculum', async ({ page }) => {
  await page.goto(WORD_LESSON);
  expect(await page.locator('.katex').count()).toBeGreaterThan(0);
  await expect(page.locator('.katex-error')).toHaveCount(0);
  await expect(page.locator('.lesson-crumb')).toContainText('Track A');
  await expect(page.locator('.pagination-links a[rel="next"]')).toBeVisible();
});

test('unknown pages get a useful 404 under the base path', async ({ page }) => {
  const response = await page.goto('modules/no-such-module/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /all tracks and modules/i }).first()).toHaveAttribute('href', /^\/ml-dojo\//);
});

test('search: "/" opens it, results come from lessons and point under the base path', async ({ page }) => {
  await page.goto('');
  await page.locator('body').press('/');
  const dialog = page.locator('site-search dialog');
  await expect(dialog).toBeVisible();
  // Pagefind's UI loads when the dialog opens; type once its box exists.
  await dialog.getByRole('textbox', { name: 'Search' }).fill('word frequencies');
  const result = dialog.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toHaveAttribute('href', /^\/ml-dojo\/modules\//);
});

test('search: what is typed while it still loads is kept, and searched', async ({ page }) => {
  // Held back a moment, as on a slow link: the keys arrive before the search box exists.
  await page.context().route(/\/pagefind\/pagefind\.js$/, async (route) => (await new Promise((r) => setTimeout(r, 1000)), route.continue()));
  await page.goto('');
  await page.locator('body').press('/');
  await page.keyboard.type('word frequencies');
  const dialog = page.locator('site-search dialog');
  await expect(dialog.getByRole('textbox', { name: 'Search' })).toHaveValue('word frequencies');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
});

test('search whose index cannot be downloaded says so, then works when it can', async ({ page }) => {
  let reachable = false;
  await page.context().route(/\/pagefind\//, (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
  await page.goto('');
  await page.locator('body').press('/');
  const dialog = page.locator('site-search dialog');
  await expect(dialog.getByRole('status')).toHaveText(/Search could not be loaded: its index is not on this device yet/);
  await page.keyboard.press('Escape');
  reachable = true;
  await page.locator('body').press('/');
  await expect(dialog.getByRole('status')).toBeHidden();
  await dialog.getByRole('textbox', { name: 'Search' }).fill('word frequencies');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
});

test('dark mode toggle persists across pages', async ({ page }) => {
  await page.goto('');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(WORD_LESSON);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

// Every page with content (home, a module, every lesson and problem set): long formulas, tables and
// code scroll inside their own box on a phone; the page itself never scrolls sideways.
const contentPages = ['', 'modules/linear-algebra/', 'progress/', 'plan/', ...readdirSync('content/docs/modules').flatMap((m) => readdirSync(`content/docs/modules/${m}`).map((f) => `modules/${m}/${f.replace(/\.mdx?$/, '')}/`))];

test('no page scrolls sideways at 360 px', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const overflowing: string[] = [];
  for (const path of contentPages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`/${path} (${overflow}px)`);
  }
  expect(overflowing).toEqual([]);
});
