// Every bad input from the fixtures gets a clear message, loses nothing, and the next Run works.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { WORD_ID, WORD_LESSON, getCode, nextRunWorks, offline, openExercise, output, press, runThenStop, setCode } from './helpers';

const fixture = (name: string) => readFileSync(`tests/fixtures/bad-inputs/${name}.py`, 'utf8');

test.beforeEach(async ({ page }) => offline(page));

const messageCases: [string, 'Run' | 'Check', RegExp][] = [
  ['syntax_error', 'Check', /SyntaxError on line 1/],
  ['indentation_error', 'Check', /IndentationError on line 2/],
  ['missing_package', 'Run', /ModuleNotFoundError on line 1[\s\S]*tensorflow/],
  ['sys_exit', 'Check', /called sys\.exit\(\)/],
  ['raise_system_exit', 'Run', /called sys\.exit\(\) with 3/],
  ['input_call', 'Run', /input\(\) is not available/],
  ['deep_recursion', 'Run', /RecursionError/],
  ['huge_allocation', 'Run', /MemoryError|OverflowError/],
];

for (const [name, action, message] of messageCases) {
  test(`bad input: ${name} → clear message, code kept, next run works`, async ({ page }) => {
    const ex = await openExercise(page, WORD_LESSON, WORD_ID);
    const code = fixture(name);
    await setCode(ex, code);
    await press(ex, action);
    await expect(output(ex)).toContainText(message);
    expect(await getCode(ex)).toBe(code);
    await nextRunWorks(ex);
  });
}

test('bad input: printing 50 MB is capped and summarised', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, fixture('print_50mb'));
  await press(ex, 'Run', 90_000);
  await expect(output(ex)).toContainText(/Output truncated: the first 100,000 characters are shown; [\d,]+ more/);
  const shown = await output(ex).locator('pre').first().textContent();
  expect(shown!.length).toBeLessThanOrEqual(100_000);
  await nextRunWorks(ex);
});

test('bad input: printed HTML is shown as text, never rendered', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, d.dismiss()));
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, fixture('html_injection'));
  await press(ex, 'Run');
  await expect(output(ex).locator('pre')).toHaveText('<img src=x onerror=alert(1)>\n');
  await expect(output(ex).locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('bad input: monkeypatching the grader cannot fake a pass', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, fixture('monkeypatch_grader'));
  expect(await press(ex, 'Check')).toBe('failed');
  await expect(ex.locator('.test-list li.test-fail').first()).toBeVisible();
});

for (const name of ['infinite_loop', 'keyboard_interrupt_swallowed']) {
  test(`bad input: ${name} → Stop says "stopped after N s", code kept, next run works`, async ({ page }) => {
    const ex = await openExercise(page, WORD_LESSON, WORD_ID);
    await runThenStop(ex, fixture(name), 1500);
    await nextRunWorks(ex);
  });
}

test('bad input: an infinite loop hits the time limit on its own', async ({ page }) => {
  const ex = await openExercise(page, WORD_LESSON, WORD_ID);
  await setCode(ex, fixture('infinite_loop'));
  expect(await press(ex, 'Check', 40_000)).toBe('stopped');
  await expect(output(ex)).toContainText(/Stopped after \d+(\.\d)? s: the time limit is 10 s/);
  await nextRunWorks(ex);
});
