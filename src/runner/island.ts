// Brings every exercise and runnable example on the page to life. Loaded lazily by lazy.ts
// when the first one nears the viewport; creating the runner here is what warms Python up.
import { getRunner, type CheckResult, type Failed, type RunResult, type Stopped } from './client';
import { OutputPane } from './render';
import type { CodeEditor } from '../editor/types';
import * as progress from '../progress/store';
import { draftKey } from '../progress/keys';

interface Payload {
  id: string;
  starter: string;
  solution: string;
  tests: string;
  prelude: string;
  packages: string[];
  timeLimitSeconds: number;
  hints: string[];
  explanation: string;
}

const SOLUTION_AFTER_FAILED_CHECKS = 3;
const touchOrNarrow = () => matchMedia('(pointer: coarse), (max-width: 640px)').matches;

async function createEditor(host: HTMLElement, value: string, label: string, onRun: () => void, onCheck: () => void): Promise<CodeEditor> {
  if (touchOrNarrow()) return (await import('../editor/plain')).createPlainEditor({ host, value, label, onRun, onCheck });
  try {
    return (await import('../editor/monaco')).createMonacoEditor({ host, value, label, onRun, onCheck });
  } catch {
    // If Monaco fails to load (old browser, blocked chunk), the learner still gets an editor.
    return (await import('../editor/plain')).createPlainEditor({ host, value, label, onRun, onCheck });
  }
}

function button(root: HTMLElement, action: string): HTMLButtonElement {
  return root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
}

async function mountExercise(root: HTMLElement): Promise<void> {
  if (root.dataset.mounting) return;
  root.dataset.mounting = 'true';
  const runner = getRunner();
  const packages = (root.dataset.packages ?? '').split(/\s+/).filter(Boolean);
  // Start loading this exercise's packages while its files and the editor arrive.
  if (packages.length) void runner.preload(packages);
  let payload: Payload;
  try {
    const response = await fetch(root.dataset.payloadUrl!);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    payload = (await response.json()) as Payload;
  } catch (error) {
    delete root.dataset.mounting;
    const note = root.querySelector<HTMLElement>('[data-output]')!;
    note.textContent = `This exercise could not be loaded (${(error as Error).message}). Check your connection and reload the page; your code is safe.`;
    return;
  }
  const pane = new OutputPane(root.querySelector<HTMLElement>('[data-output]')!);
  const runtime = root.querySelector<HTMLElement>('[data-runtime-status]')!;
  const title = root.querySelector('h3')?.textContent ?? payload.id;
  const saved = progress.loadDraft(payload.id);
  let failedChecks = 0;
  let busy = false;

  const editor = await createEditor(root.querySelector<HTMLElement>('[data-editor]')!, saved ?? payload.starter, `Code editor: ${title}`, () => void run(), () => void check());
  root.classList.add('is-live');
  // A handle for tests and power users (e.g. pasting a whole file from the console).
  (root as HTMLElement & { mldojoEditor?: CodeEditor }).mldojoEditor = editor;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  // Only edits made in this tab are saved, also when it hides or closes: a second tab left open on
  // the same lesson must not write its stale copy over what the learner wrote in the other.
  let edited = false;
  let followingOtherTab = false;
  const saveNow = () => {
    clearTimeout(saveTimer);
    if (!edited) return;
    const result = progress.saveDraft(payload.id, editor.getValue());
    if (result.ok) edited = false;
    runtime.textContent = result.ok ? runtime.textContent : result.reason === 'quota' ? 'Storage is full: this draft is not saved. Export your progress, then free some space.' : 'Drafts cannot be saved in this browser (storage unavailable).';
  };
  /** For changes the learner asked for (Reset, Undo reset): the plain editor reports no event for them. */
  const saveEdit = () => {
    edited = true;
    saveNow();
  };
  editor.onChange(() => {
    if (followingOtherTab) return;
    edited = true;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, 400);
  });
  addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saveNow());
  // Another tab saved this exercise's draft: show it here too, unless this tab has edits of its own.
  window.addEventListener('storage', (e: StorageEvent) => {
    if (e.key === null || e.key !== draftKey(payload.id) || e.newValue === null || edited || e.newValue === editor.getValue()) return;
    followingOtherTab = true;
    try {
      editor.setValue(e.newValue);
    } finally {
      followingOtherTab = false;
    }
  });

  const setBusy = (value: boolean) => {
    busy = value;
    for (const a of ['run', 'check', 'reset']) button(root, a).disabled = value;
    button(root, 'stop').disabled = !value;
    root.toggleAttribute('aria-busy', value);
  };

  const spec = () => ({ source: editor.getValue(), prelude: payload.prelude, packages: payload.packages });
  const limitMs = payload.timeLimitSeconds * 1000;
  const handlers = {
    onStdout: (t: string) => pane.write('stdout', t),
    onStderr: (t: string) => pane.write('stderr', t),
    onFigure: (png: string) => pane.figure(png),
    onTruncated: (n: number) => pane.truncated(n),
    onStatus: (t: string) => (runtime.textContent = t),
  };

  // Observable outcome for assistive tech styling hooks and end-to-end tests.
  let results = 0;
  const announce = (kind: string) => {
    root.dataset.lastResult = kind;
    root.dataset.resultCount = String(++results);
  };
  const finishCommon = (result: RunResult | CheckResult): boolean => {
    if ('stopped' in result) return pane.stopped(result, payload.timeLimitSeconds), announce('stopped'), true;
    if ('failed' in result) return pane.failed(result), announce('error'), true;
    return false;
  };

  /** Common to Run and Check: save, clear, run the job, and handle Stop/failure; null if handled. */
  async function job<T extends RunResult | CheckResult>(label: string, start: () => Promise<T>): Promise<Exclude<T, Stopped | Failed> | null> {
    if (busy) return null;
    busy = true;
    saveNow();
    pane.begin();
    editor.markError(null);
    const showBusy = afterAMoment(() => {
      setBusy(true);
      runtime.textContent = label;
    });
    const result = await start();
    showBusy.cancel();
    setBusy(false);
    runtime.textContent = '';
    return finishCommon(result) ? null : (result as Exclude<T, Stopped | Failed>);
  }

  async function run() {
    const outcome = await job('Running…', () => runner.run(spec(), handlers, limitMs));
    if (!outcome) return;
    pane.runDone(outcome);
    if (outcome.error?.line) editor.markError(outcome.error.line, outcome.error.message);
    announce(outcome.ok ? 'ran' : 'error');
  }

  async function check() {
    const report = await job('Checking…', () => runner.check({ ...spec(), tests: payload.tests }, handlers, limitMs));
    if (!report) return;
    pane.report(report);
    const line = report.load_error?.line ?? report.tests.find((t) => t.error?.line)?.error?.line;
    if (line) editor.markError(line, report.load_error?.message ?? report.tests.find((t) => t.error?.line)?.error?.message);
    progress.recordCheck(payload.id, report.passed);
    announce(report.passed ? 'passed' : 'failed');
    if (!report.passed) failedChecks++;
    updateSolutionButton();
    updateStatus();
  }

  const statusBadge = root.querySelector<HTMLElement>('[data-exercise-status]');
  const updateStatus = () => {
    const p = progress.getExercise(payload.id);
    if (statusBadge && p) statusBadge.textContent = p.status === 'passed' ? 'passed ✓' : p.status === 'attempted' ? 'attempted' : '';
  };

  // Hints, one at a time.
  const hintsBox = root.querySelector<HTMLElement>('[data-hints]')!;
  let shown = 0;
  const hintButton = button(root, 'hint');
  const syncHintLabel = () => {
    hintButton.textContent = shown >= payload.hints.length ? 'No more hints' : shown === 0 ? 'Hint' : `Hint ${shown + 1} of ${payload.hints.length}`;
    hintButton.setAttribute('aria-disabled', String(shown >= payload.hints.length));
  };
  syncHintLabel();
  hintButton.addEventListener('click', () => {
    if (shown >= payload.hints.length) return;
    const hint = document.createElement('div');
    hint.className = 'hint';
    hint.setAttribute('role', 'note');
    hint.innerHTML = `<strong>Hint ${shown + 1}.</strong> ${payload.hints[shown]}`; // built from our own Markdown at build time
    hintsBox.append(hint);
    shown++;
    progress.recordHint(payload.id);
    syncHintLabel();
  });

  // Solution: after a pass, or after a few honest attempts.
  const solutionButton = button(root, 'solution');
  const solutionBox = root.querySelector<HTMLElement>('[data-solution]')!;
  const solutionUnlocked = () => progress.getExercise(payload.id)?.status === 'passed' || failedChecks + (progress.getExercise(payload.id)?.attempts ?? 0) >= SOLUTION_AFTER_FAILED_CHECKS;
  const updateSolutionButton = () => solutionButton.setAttribute('aria-disabled', String(!solutionUnlocked()));
  updateSolutionButton();
  updateStatus();
  solutionButton.addEventListener('click', () => {
    if (!solutionUnlocked()) {
      pane.clear();
      pane.note(`The solution unlocks after you pass, or after ${SOLUTION_AFTER_FAILED_CHECKS} checks. Try a hint first.`, 'info');
      return;
    }
    if (!solutionBox.hidden) return solutionBox.querySelector('pre')?.focus();
    if (!confirm('Show the reference solution? Trying a little longer is often where the learning happens.')) return;
    const heading = document.createElement('h4');
    heading.textContent = 'Reference solution';
    const pre = document.createElement('pre');
    pre.tabIndex = 0;
    pre.textContent = payload.solution;
    const why = document.createElement('div');
    why.className = 'solution-explanation';
    why.innerHTML = payload.explanation; // built from our own Markdown at build time
    solutionBox.replaceChildren(heading, pre, why);
    solutionBox.hidden = false;
    progress.recordSolutionViewed(payload.id);
    pre.focus();
  });

  // Reset, undoable.
  button(root, 'reset').addEventListener('click', () => {
    if (!confirm('Reset the editor to the starter code? You can undo this.')) return;
    const previous = editor.getValue();
    editor.setValue(payload.starter);
    saveEdit();
    pane.clear();
    const note = pane.note('Editor reset to the starter code. ', 'info');
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.textContent = 'Undo reset';
    undo.addEventListener('click', () => {
      editor.setValue(previous);
      saveEdit();
      note.textContent = 'Your code is back.';
      editor.focus();
    });
    note.append(undo);
  });

  button(root, 'run').addEventListener('click', () => void run());
  button(root, 'check').addEventListener('click', () => void check());
  button(root, 'stop').addEventListener('click', () => runner.stop('stop'));
  showRunnerStatus(runner, runtime, () => busy);
  root.dataset.mounted = 'true';
  replayPendingAction(root);
}

/**
 * Runner-wide news (Python starting, packages downloading for a preload) shown next to an idle
 * exercise, so a learner who reads first sees why the first Run may wait. Transient texts fade.
 */
function showRunnerStatus(runner: ReturnType<typeof getRunner>, runtime: HTMLElement, isBusy: () => boolean): void {
  let fade: ReturnType<typeof setTimeout> | undefined;
  runner.statusListeners.add((text) => {
    if (isBusy()) return;
    clearTimeout(fade);
    runtime.textContent = text;
    if (!text.startsWith('Downloading') && !text.startsWith('Loading')) fade = setTimeout(() => !isBusy() && (runtime.textContent = ''), 3000);
  });
}

/** A Run/Check pressed before this island loaded (see lazy.ts) happens now instead of being lost. */
function replayPendingAction(root: HTMLElement): void {
  const action = root.dataset.pendingAction;
  delete root.dataset.pendingAction;
  if (action) root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.click();
}

function exampleCode(root: HTMLElement): string {
  // Expressive Code keeps the raw code on its copy button, with U+007F standing for newlines.
  const copy = root.querySelector<HTMLElement>('[data-code]');
  if (copy?.dataset.code) return copy.dataset.code.replace(/\u007f/g, '\n');
  return root.querySelector('pre')?.textContent ?? '';
}

/**
 * Shows a job's busy state only once it has lasted a moment: a quick Run then changes the page
 * once (its output), not twice, and its first line is not held back behind an extra frame.
 */
function afterAMoment(show: () => void, ms = 50): { cancel(): void } {
  const timer = setTimeout(show, ms);
  return { cancel: () => clearTimeout(timer) };
}

function mountRunnable(root: HTMLElement): void {
  if (root.dataset.mounted) return;
  const runner = getRunner();
  const pane = new OutputPane(root.querySelector<HTMLElement>('[data-output]')!);
  const runtime = root.querySelector<HTMLElement>('[data-runtime-status]')!;
  const packages = (root.dataset.packages ?? '').split(/\s+/).filter(Boolean);
  const runButton = root.querySelector<HTMLButtonElement>('[data-action="run-example"]')!;
  let running = false;
  runButton.addEventListener('click', async () => {
    if (running) return;
    running = true;
    pane.begin();
    const showBusy = afterAMoment(() => {
      runButton.disabled = true;
      runtime.textContent = 'Running…';
    });
    const result = await runner.run(
      { source: exampleCode(root), prelude: '', packages },
      { onStdout: (t) => pane.write('stdout', t), onStderr: (t) => pane.write('stderr', t), onFigure: (p) => pane.figure(p), onStatus: (t) => (runtime.textContent = t), onTruncated: (n) => pane.truncated(n) },
      30_000,
    );
    showBusy.cancel();
    running = false;
    runButton.disabled = false;
    runtime.textContent = '';
    if ('stopped' in result) pane.stopped(result, 30);
    else if ('failed' in result) pane.failed(result);
    else pane.runDone(result);
  });
  root.dataset.mounted = 'true';
  replayPendingAction(root);
}

export function mountAll(): void {
  getRunner();
  for (const root of document.querySelectorAll<HTMLElement>('[data-runnable]')) mountRunnable(root);
  // An editor costs megabytes of script to parse: create each one only when its exercise nears view
  // (or is touched), so it never competes with Python starting up for an example higher on the page.
  const exercises = document.querySelectorAll<HTMLElement>('[data-exercise-id]');
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        void mountExercise(e.target as HTMLElement);
      }
    },
    { rootMargin: '600px 0px' },
  );
  for (const root of exercises) {
    observer.observe(root);
    root.addEventListener('focusin', () => void mountExercise(root), { once: true });
    root.addEventListener('click', () => void mountExercise(root), { once: true });
  }
}
