// axe over every page type, light and dark: zero serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WORD_ID, WORD_LESSON, offline, openExercise } from './helpers';

const pages: [string, (page: Page) => Promise<void>][] = [
  ['home', (p) => p.goto('').then(() => {})],
  ['track', (p) => p.goto('tracks/mathematics/').then(() => {})],
  ['module', (p) => p.goto('modules/linear-algebra/').then(() => {})],
  ['lesson with a live exercise', (p) => openExercise(p, WORD_LESSON, WORD_ID).then(() => {})],
  ['dashboard', (p) => p.goto('progress/').then(() => {})],
  ['planner', (p) => p.goto('plan/').then(() => {})],
  [
    'search results',
    async (p) => {
      await p.goto('');
      await p.locator('body').press('/');
      await p.locator('site-search dialog').getByRole('textbox', { name: 'Search' }).fill('gradient');
      await p.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
    },
  ],
];

for (const theme of ['light', 'dark'] as const) {
  for (const [name, open] of pages) {
    test(`axe: ${name} (${theme})`, async ({ page }) => {
      await offline(page);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await open(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
    });
  }
}
