// Progress store, dashboard, checklists and planner against the production build (base /ml-dojo/).
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const KEY = 'mldojo:progress';
const DRAFT = 'mldojo:draft:';
const X = 'python-fundamentals/word_frequencies';

function record(now = Date.now()) {
  const day = new Date(now);
  const dk = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  return {
    version: 2,
    epoch: '0',
    exercises: { [X]: { status: 'passed', attempts: 2, firstPassedAt: now, lastAttemptAt: now, hintsUsed: 1, solutionViewed: false } },
    lessons: {},
    activity: { [dk]: { checks: 2, passes: 1, visits: 1, completions: 0 } },
    checklist: {},
  };
}

/** Fails the test on any uncaught error in the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function seed(page: Page, rec: unknown, drafts: Record<string, string> = {}) {
  await page.goto('progress/');
  await page.evaluate(
    ([key, value, prefix, d]) => {
      localStorage.clear();
      localStorage.setItem(key as string, value as string);
      for (const [id, code] of Object.entries(d as Record<string, string>)) localStorage.setItem((prefix as string) + id, code);
    },
    [KEY, typeof rec === 'string' ? rec : JSON.stringify(rec), DRAFT, drafts],
  );
}

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

/** The first written lesson of python-fundamentals, read from its module page. */
async function firstLesson(page: Page): Promise<{ id: string; href: string }> {
  await page.goto('modules/python-fundamentals/');
  const li = page.locator('li[data-lesson-id]').first();
  return { id: (await li.getAttribute('data-lesson-id'))!, href: (await li.locator('a').first().getAttribute('href'))! };
}

test('seeded progress shows on the dashboard, the module page and the checklists after reload', async ({ page }) => {
  const errors = watchErrors(page);
  await seed(page, record());
  await page.reload();
  await expect(page.locator('[data-ring="exercises"] [data-ring-value]')).toHaveText(/^1 \/ \d+$/);
  await expect(page.locator('[data-streak-current]')).toHaveText('1');
  await expect(page.locator('[data-track-text="A"]')).toContainText('1 / ');
  await expect(page.locator('[data-calendar] rect:not([data-level="0"])')).toHaveCount(1); // today: 2 checks + 1 visit
  await expect(page.locator('[data-continue]')).toContainText('Last time');

  await page.goto('modules/python-fundamentals/');
  await expect(page.locator('[data-progress-module="python-fundamentals"]')).toHaveText(/^1 \/ \d+ exercises passed$/);
  await expect(page.locator(`[data-exercise-status="${X}"]`)).toHaveText('passed ✓');

  await page.goto('progress/checklists/');
  const item = page.locator('[data-item="002:python-numpy"]');
  await expect(item.locator('[data-evidence-count]')).toHaveText('1');
  await expect(item.locator(`[data-ex="${X}"]`)).toHaveAttribute('data-passed', '');
  const own = page.locator('[data-self="002:contributing"]');
  await own.check();
  await page.locator('[data-note="002:contributing"]').fill('https://github.com/example/repo/pull/1');
  await page.locator('[data-note="002:contributing"]').press('Tab');
  await page.reload();
  await expect(own).toBeChecked();
  await expect(page.locator('[data-item="002:contributing"]')).toHaveAttribute('data-complete', '');
  expect((await stored(page)).checklist['002:contributing']).toMatchObject({ checked: true, note: 'https://github.com/example/repo/pull/1' });
  expect(errors).toEqual([]);
});

test('a lesson page records the visit and offers "Mark this lesson complete"', async ({ page }) => {
  const errors = watchErrors(page);
  await seed(page, record());
  const lesson = await firstLesson(page);
  await page.goto(lesson.href.replace(/^\/ml-dojo\//, ''));
  const box = page.locator(`input[data-lesson-complete="${lesson.id}"]`);
  await expect(box).toBeVisible();
  await expect.poll(async () => (await stored(page)).lessons[lesson.id]?.complete).toBe(false);
  await box.check();
  await expect.poll(async () => (await stored(page)).lessons[lesson.id]?.complete).toBe(true);
  await page.goto('modules/python-fundamentals/');
  await expect(page.locator(`li[data-lesson-id="${lesson.id}"] .mldojo-lesson-state`)).toHaveText(' ✓ complete');
  await page.goto('progress/');
  await expect(page.locator('[data-ring="lessons"] [data-ring-value]')).toHaveText(/^1 \/ \d+$/);
  expect(errors).toEqual([]);
});

test('export, reset and import restore progress and drafts exactly', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  const rec = record();
  rec.checklist = { '002:contributing': { checked: true, at: 1, note: 'a, b; c' } } as never;
  await seed(page, rec, { [X]: 'def word_frequencies(text):\n    return {}  # ünïcode ✓\n' });
  await page.reload();
  const snapshot = () =>
    page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).filter((k) => k === 'mldojo:progress' || k.startsWith('mldojo:draft:')).map((k) => [k, localStorage.getItem(k)])),
    );
  const before = await snapshot();

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  expect(download.suggestedFilename()).toMatch(/^ml-dojo-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).drafts[X]).toContain('ünïcode');

  await page.locator('[data-reset]').click();
  await expect(page.locator('[data-reset-confirm]')).toBeVisible();
  await page.locator('[data-reset-yes]').click();
  await expect(page.locator('[data-transfer-status]')).toContainText('deleted');
  expect((await stored(page)).exercises).toEqual({});
  expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT + X)).toBeNull();
  await expect(page.locator('[data-ring="exercises"] [data-ring-value]')).toHaveText(/^0 \/ /);

  await page.locator('[data-import]').setInputFiles(file);
  const preview = page.locator('[data-import-preview]');
  await expect(preview).toContainText('newly passed');
  await preview.getByLabel(/Replace/).check();
  await preview.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(page.locator('[data-transfer-status]')).toContainText('Imported');

  const after = await snapshot();
  const noEpoch = (raw: string | null) => ({ ...JSON.parse(raw!), epoch: '' });
  expect(noEpoch(after[KEY])).toEqual(noEpoch(before[KEY]));
  expect(after[DRAFT + X]).toBe(before[DRAFT + X]);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  await expect(page.locator('[data-ring="exercises"] [data-ring-value]')).toHaveText(/^1 \/ /);
  expect(errors).toEqual([]);
});

test('a hostile or broken import file is refused and changes nothing', async ({ page }) => {
  await seed(page, record());
  await page.reload();
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  const files = [
    { name: 'broken.json', text: '{"format": "ml-dojo-progress",' , why: /not a valid JSON/ },
    { name: 'proto.json', text: '{"format":"ml-dojo-progress","exportedAt":"x","progress":{"__proto__":{"x":1}},"drafts":{}}', why: /__proto__/ },
    { name: 'types.json', text: JSON.stringify({ format: 'ml-dojo-progress', exportedAt: 'x', progress: { version: 2, epoch: '0', exercises: { [X]: { status: 'passed', attempts: 'many' } }, lessons: {}, activity: {}, checklist: {} }, drafts: {} }), why: /damaged/ },
  ];
  for (const f of files) {
    await page.locator('[data-import]').setInputFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });
    await expect(page.locator('[data-import-preview]')).toContainText(f.why);
    await expect(page.locator('[data-import-preview]')).toContainText('Nothing was changed');
  }
  await page.locator('[data-import]').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 32) });
  await expect(page.locator('[data-import-preview]')).toContainText('limit is 5 MB');
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});

test('a corrupted record breaks no page, is quarantined, and the learner is told', async ({ page }) => {
  const errors = watchErrors(page);
  const garbage = '{"version":2,"exercises":{ this is not json';
  await seed(page, garbage);
  const lesson = await firstLesson(page); // the module page is the first to read the record
  await expect(page.locator('h1')).toBeVisible();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mldojo:progress:quarantine:')));
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0])).toBe(garbage);
  await expect(page.locator('.mldojo-notice')).toContainText('damaged');

  await page.goto(lesson.href.replace(/^\/ml-dojo\//, ''));
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.mldojo-notice')).toContainText('set aside as a backup');
  await expect(page.locator(`input[data-lesson-complete="${lesson.id}"]`)).toBeVisible();
  expect((await stored(page)).lessons[lesson.id]).toBeDefined(); // a fresh record works again

  await page.goto('progress/');
  await expect(page.locator('[data-quarantine-list] li')).toHaveCount(1);
  await expect(page.locator('[data-quarantine-list]')).toContainText(backups[0]);
  await page.locator('.mldojo-notice button', { hasText: 'Dismiss' }).click();
  await expect(page.locator('.mldojo-notice', { hasText: 'damaged' })).toHaveCount(0);
  await page.goto('progress/checklists/');
  await expect(page.locator('.mldojo-notice', { hasText: 'damaged' })).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0])).toBe(garbage); // still kept
  expect(errors).toEqual([]);
});

test('two open tabs keep both changes and update each other', async ({ context }) => {
  const a = await context.newPage();
  await seed(a, record());
  await a.goto('progress/checklists/');
  const b = await context.newPage();
  await b.goto('progress/checklists/');
  await a.locator('[data-self="002:contributing"]').check();
  await b.locator('[data-self="002:fine-tune"]').check();
  await expect(a.locator('[data-self="002:fine-tune"]')).toBeChecked(); // a heard b's write
  await expect(b.locator('[data-self="002:contributing"]')).toBeChecked();
  const rec = await stored(a);
  expect(Object.keys(rec.checklist).sort()).toEqual(['002:contributing', '002:fine-tune']);
  expect(rec.exercises[X].status).toBe('passed');
});

test('the planner projects a finish, remembers the plan and exports an .ics file', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await seed(page, record());
  await page.goto('plan/');
  await expect(page.locator('[data-plan-summary]')).toContainText('Projected finish');
  await page.getByLabel(/Part-time casual/).check();
  await expect(page.locator('input[name="hours"]')).toHaveValue('10');
  const weeksAt10 = await page.locator('[data-plan-weeks] > li').count();
  await page.getByLabel(/Full-time/).check();
  await expect.poll(() => page.locator('[data-plan-weeks] > li').count()).toBeLessThan(weeksAt10);
  await expect(page.locator('[data-plan-weeks] > li').first()).toContainText('this week');
  await page.reload();
  await expect(page.getByLabel(/Full-time/)).toBeChecked();
  expect((await stored(page)).plan).toMatchObject({ preset: 'full-time', hoursPerWeek: 40 });

  await page.getByLabel(/300-1-100-30/).check();
  await expect(page.locator('[data-plan-summary]')).toContainText('LeetCode problems a day');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ics]').click()]);
  const file = testInfo.outputPath('plan.ics');
  await download.saveAs(file);
  const ics = readFileSync(file, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  expect(ics).toContain('RRULE:FREQ=WEEKLY');
  expect(errors).toEqual([]);
});

test('learners with a week of history are reminded to export, until they dismiss it or export', async ({ page }) => {
  const rec = record();
  const old = new Date(Date.now() - 10 * 864e5);
  const oldDay = `${old.getFullYear()}-${String(old.getMonth() + 1).padStart(2, '0')}-${String(old.getDate()).padStart(2, '0')}`;
  (rec.activity as Record<string, unknown>)[oldDay] = { checks: 1, passes: 1, visits: 0, completions: 0 };
  const reminder = page.locator('.mldojo-notice', { hasText: 'Safari deletes site data' });

  await seed(page, rec);
  await page.goto('modules/python-fundamentals/');
  await expect(reminder).toBeVisible();
  await reminder.getByRole('button', { name: 'Dismiss' }).click();
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await expect(reminder).toHaveCount(0);

  await seed(page, rec); // clears the dismissal
  await page.goto('progress/');
  await expect(reminder).toBeVisible();
  await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  await page.goto('modules/python-fundamentals/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await expect(page.locator('[data-exercise-status="' + X + '"]')).toHaveText('passed ✓');

  await seed(page, record()); // a first pass today: too early to nag
  await page.goto('modules/python-fundamentals/');
  await expect(page.locator('[data-exercise-status="' + X + '"]')).toHaveText('passed ✓');
  await expect(reminder).toHaveCount(0);
});

for (const path of ['progress/', 'progress/checklists/', 'plan/']) {
  test(`${path} fits a 375 px screen in dark mode`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await seed(page, record());
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    if (path === 'progress/') {
      // The year does not fit: the calendar opens at its right end, where today's square is.
      const today = page.locator('[data-calendar] rect:not([data-level="0"])');
      await expect(today).toHaveCount(1);
      const [cell, box] = [await today.boundingBox(), await page.locator('[data-calendar]').boundingBox()];
      expect(cell!.x).toBeGreaterThanOrEqual(box!.x);
      expect(cell!.x + cell!.width).toBeLessThanOrEqual(box!.x + box!.width);
      expect(await page.locator('[data-calendar]').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    }
  });
}

for (const theme of ['light', 'dark'])
  test(`progress pages and notices have no serious accessibility problems (${theme})`, async ({ page }) => {
    for (const path of ['progress/', 'progress/checklists/', 'plan/', 'modules/python-fundamentals/']) {
      await seed(page, '{damaged'); // brings up the quarantine notice too
      await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      await expect(page.locator('.mldojo-notice').first()).toBeVisible();
      const r = await new AxeBuilder({ page }).include('main').analyze();
      expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path}: ${v.id}`)).toEqual([]);
    }
  });
