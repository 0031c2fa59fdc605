// The exercise runner in Chromium against the production build under a sub-path, offline.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { NUMPY_ID, NUMPY_LESSON, WORD_ID, WORD_LESSON, getCode, offline, openExercise, output, press, setCode } from './helpers';

const solution = readFileSync('content/exercises/python-fundamentals/word_frequencies/solution.py', 'utf8');
const wrong = readFileSync('content/exercises/python-fundamentals/word_frequencies/wrong/split_on_spaces.py', 'utf8');

test.beforeEach(async ({ page }) => offline(page));

test('the lesson is readable before any editor or Python byte arrives', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(WORD_LESSON);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator(`[data-exercise-id="${WORD_ID}"] .exercise-static-code`)).toContainText('def word_frequencies');
  expect(requests.filter((u) => /pyodide|monaco|editor\.worker/.test(u))).toEqual([]);
});

test('a correct solution passes every cell and the pass is recorded', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, solution);
  expect(await press(ex, 'Check')).toBe('passed');
  await expect(output(ex)).toContainText(/All \d+ tests passed/);
  const cells = ex.locator('.test-list li');
  expect(await cells.count()).toBeGreaterThanOrEqual(5);
  await expect(ex.locator('.test-list li.test-fail')).toHaveCount(0);
  await expect(ex.locator('[data-exercise-status]').first()).toContainText('passed');
  // Recorded in the learner's progress, so it survives a reload.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('mldojo:progress') ?? '{}'));
  expect(JSON.stringify(stored)).toContain('python-fundamentals/word_frequencies');
  await page.reload();
  await expect(page.locator(`[data-exercise-status="python-fundamentals/word_frequencies"]`).first()).toContainText(/passed/);
});

test('a wrong solution shows each failing cell with expected vs actual', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, wrong);
  expect(await press(ex, 'Check')).toBe('failed');
  const failing = ex.locator('.test-list li.test-fail');
  expect(await failing.count()).toBeGreaterThanOrEqual(2);
  await expect(failing.first().locator('.test-values')).toContainText('Expected');
  await expect(failing.first().locator('.test-values')).toContainText('Got');
  await expect(ex.locator('.test-list li.test-pass').first()).toBeVisible();
});

test('Run streams printed output and Ctrl+Enter / Shift+Enter work from the editor', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, solution + '\nprint(word_frequencies("a a b"))\n');
  expect(await press(ex, 'Run')).toBe('ran');
  await expect(output(ex)).toContainText("{'a': 2, 'b': 1}");
  await ex.locator('[data-editor]').click();
  await page.keyboard.press('Shift+Enter');
  await expect(ex).toHaveAttribute('data-last-result', 'passed');
  await page.keyboard.press('Control+Enter');
  await expect(ex).toHaveAttribute('data-result-count', '3');
});

/** Keyboard only, in either editor: Tab indents, Escape hands the next Tab to the page, no trap. */
async function keyboardOnly(page: Page, afterTab: string): Promise<void> {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, 'x = 1');
  await ex.locator('[data-editor]').click();
  await page.keyboard.press('End');
  const inEditor = () => ex.locator('[data-editor]').evaluate((host) => host.contains(document.activeElement));
  await page.keyboard.press('Tab');
  expect(await inEditor()).toBe(true);
  expect(await getCode(ex)).toBe(afterTab);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(ex.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
  // Back in, Tab indents again: Escape hands over only the next Tab.
  await page.keyboard.press('Shift+Tab');
  expect(await inEditor()).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('a');
  await page.keyboard.press('Tab');
  expect(await inEditor()).toBe(true);
  expect(await getCode(ex)).toMatch(/a {1,4}$/);
  // Escape then Shift+Tab leaves backwards, to something before the editor.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  expect(await inEditor()).toBe(false);
  expect(await ex.locator('[data-editor]').evaluate((host) => Boolean(host.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_PRECEDING))).toBe(true);
  // The editor's own shortcuts still work from the keyboard.
  await setCode(ex, solution);
  await ex.locator('[data-editor]').click();
  await page.keyboard.press('Shift+Enter');
  await expect(ex).toHaveAttribute('data-last-result', 'passed');
}

test('keyboard only: Tab indents in Monaco, Escape then Tab leaves it, and the page says so', async ({ page }) => {
  await keyboardOnly(page, 'x = 1   '); // Monaco indents to the next 4-column stop
  await expect(page.locator(`[data-exercise-id="${WORD_ID}"] .monaco-editor`)).toBeVisible();
  await expect(page.locator(`[data-exercise-id="${WORD_ID}"] .exercise-keys`)).toContainText('Esc then Tab leaves the editor');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 760 }, hasTouch: true, isMobile: true });

  test('the exercise gets a plain editor that edits, checks and lets the keyboard out', async ({ page }) => {
    await keyboardOnly(page, 'x = 1    ');
    const ex = page.locator(`[data-exercise-id="${WORD_ID}"]`);
    await expect(ex.locator('textarea.plain-editor')).toBeVisible();
    // Long lines scroll sideways instead of wrapping to column 0, where they would look unindented.
    await setCode(ex, `x = [${'1, '.repeat(60)}1]`);
    expect(await ex.locator('textarea.plain-editor').evaluate((area) => area.scrollWidth > area.clientWidth)).toBe(true);
    await expect(ex.locator('.monaco-editor')).toHaveCount(0);
    // A phone's on-screen keyboard has no Esc or Tab: the keyboard help is not shown there.
    await expect(ex.locator('.exercise-keys')).toBeHidden();
    // Typed code is what runs.
    await ex.locator('textarea.plain-editor').fill('print("typed on a phone")');
    expect(await press(ex, 'Run')).toBe('ran');
    await expect(output(ex)).toContainText('typed on a phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test('a draft survives a reload, and Reset restores the starter with undo', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, '# my draft\n' + wrong);
  await page.waitForTimeout(600);
  await page.reload();
  const again = await openExercise(page, WORD_LESSON, WORD_ID);
  expect(await getCode(again)).toContain('# my draft');
  page.once('dialog', (d) => d.accept());
  await again.getByRole('button', { name: 'Reset' }).click();
  expect(await getCode(again)).toContain('# TODO');
  await again.getByRole('button', { name: 'Undo reset' }).click();
  expect(await getCode(again)).toContain('# my draft');
});

test('two tabs on one exercise: the idle tab follows the draft, and never writes its stale copy over it', async ({ page, context }) => {
  const idle = await openExercise(page, WORD_LESSON, WORD_ID);
  const other = await context.newPage();
  const editing = await openExercise(other, WORD_LESSON, WORD_ID);
  await setCode(editing, '# written in the other tab\n');
  await expect.poll(() => getCode(idle)).toBe('# written in the other tab\n');
  await other.close();

  // A tab that has not been edited keeps what storage holds when it hides or closes, even a copy
  // it never saw (a write from this same tab raises no storage event, so the editor stays stale).
  const key = `mldojo:draft:${WORD_ID}`;
  await page.evaluate((k) => localStorage.setItem(k, '# saved elsewhere\n'), key);
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('# saved elsewhere\n');
  await page.reload();
  expect(await getCode(await openExercise(page, WORD_LESSON, WORD_ID))).toBe('# saved elsewhere\n');
});

test('hints come one at a time; the solution unlocks after a pass', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await ex.getByRole('button', { name: 'Hint' }).click();
  await expect(ex.locator('.hint')).toHaveCount(1);
  await ex.getByRole('button', { name: /Hint 2/ }).click();
  await expect(ex.locator('.hint')).toHaveCount(2);
  // aria-disabled (not disabled): it stays focusable and explains itself when pressed.
  await expect(ex.getByRole('button', { name: 'Show solution' })).toHaveAttribute('aria-disabled', 'true');
  await ex.getByRole('button', { name: 'Show solution' }).click({ force: true });
  await expect(output(ex)).toContainText('unlocks after you pass');
  await setCode(ex, solution);
  await press(ex, 'Check');
  page.once('dialog', (d) => d.accept());
  await ex.getByRole('button', { name: 'Show solution' }).click();
  await expect(ex.locator('[data-solution] pre')).toContainText('Counter');
});

test('a runnable example in the lesson runs in the same worker', async ({ page }) => {
  await page.goto(WORD_LESSON);
  const example = page.locator('[data-runnable]').first();
  await example.scrollIntoViewIfNeeded();
  await example.getByRole('button', { name: 'Run example' }).click();
  await expect(example.locator('[data-output]')).not.toBeEmpty({ timeout: 60_000 });
  await expect(example.locator('[data-output] .tone-error')).toHaveCount(0);
});

test('offline, a numpy exercise fails fast and says what could not be fetched', async ({ page }) => {
  const ex = await openExercise(page, NUMPY_LESSON, NUMPY_ID);
  const started = Date.now();
  expect(await press(ex, 'Run', 30_000)).toBe('error');
  expect(Date.now() - started).toBeLessThan(30_000);
  await expect(output(ex)).toContainText(/Could not download numpy/);
  // The editor keeps the learner's text.
  expect(await getCode(ex)).toContain('def standardize');
});

for (const [file, pattern, says] of [
  ['its wasm', /pyodide\.asm\.wasm$/, /could not load (its interpreter \()?pyodide\.asm\.wasm/],
  ['its standard library', /python_stdlib_bytecode\.zip/, /could not load python_stdlib_bytecode\.zip: /],
  ['the worker script', /_astro\/worker-[\w-]+\.js/, /its worker could not be loaded/],
] as const) {
  test(`when Python's core cannot be downloaded (${file}), Run says why once, keeps the code, and works once it can`, async ({ page }) => {
    let reachable = false;
    await page.context().route(pattern, (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
    const ex = await openExercise(page, WORD_LESSON, WORD_ID);
    await setCode(ex, 'print("kept")');
    expect(await press(ex, 'Run', 30_000)).toBe('error');
    await expect(output(ex)).toHaveText(/^Python could not start: /);
    await expect(output(ex)).toContainText(says);
    await expect(output(ex)).toContainText('Check your connection');
    expect(await output(ex).textContent()).not.toMatch(/could not start: Python could not start/);
    expect(await getCode(ex)).toBe('print("kept")');
    reachable = true;
    expect(await press(ex, 'Run')).toBe('ran');
    await expect(output(ex)).toContainText('kept');
  });
}

test('when the runner code itself cannot be downloaded, Run says so, and the next press works once it can', async ({ page }) => {
  let reachable = false;
  await page.context().route(/_astro\/island\.[\w-]+\.js/, (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
  await page.goto(`${WORD_LESSON}#worked-example-mean-rating-per-genre`);
  const example = page.locator('[data-runnable]').first();
  await example.getByRole('button', { name: 'Run example' }).click();
  await expect(example.locator('[data-output]')).toHaveText(/^The code runner could not be loaded\. Check your connection, or reload the page/);
  await expect(example.locator('[data-output]')).toHaveAttribute('role', 'status');
  reachable = true;
  await example.getByRole('button', { name: 'Run example' }).click();
  await expect(example.locator('[data-output]')).toContainText('mean per genre', { timeout: 60_000 });
});

test('passing through the real editor shows on the dashboard, the module page and the checklist', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, solution);
  expect(await press(ex, 'Check')).toBe('passed');
  await page.goto('progress/');
  await expect(page.locator('[data-ring="exercises"] [data-ring-value]')).toHaveText(/^1 \/ \d+$/);
  await page.goto('modules/python-fundamentals/');
  await expect(page.locator('[data-progress-module="python-fundamentals"]').first()).toHaveText(/^1 \/ \d+ exercises passed$/);
  await page.goto('progress/checklists/');
  await expect(page.locator('[data-item="002:python-numpy"] [data-evidence-count]')).toHaveText('1');
});
