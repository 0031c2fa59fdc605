// The only runner code shipped with a lesson page: a few hundred bytes that wait until an
// exercise or runnable example nears the viewport (or is touched), then start the Python worker
// and load the editor. A Run/Check pressed before that is remembered and carried out on mount.
import { hasEarlyWorker, rememberEarlyWorker, startPythonWorker } from './boot';
import { EARLY_START_MARGIN_PX as MARGIN } from './early-start';
import { mldojoSavesData } from './start-worker.js';

/** Shown beside each exercise when the browser asks to save data, so the wait on first Run is expected. */
export const SAVE_DATA_NOTE = 'Data saver is on: Python (about 7 MB) loads when you first use this.';

/**
 * Shown when the editor and runner code itself cannot be fetched: offline before it was ever cached,
 * or a tab left open across a redeploy (the old file names are gone). A later press tries again.
 */
export const TOOLS_MISSING_NOTE = 'The code runner could not be loaded. Check your connection, or reload the page if the site was updated; your code is safe.';

let started = false;

export function observeExercises(): void {
  if (started) return;
  started = true;
  const targets = document.querySelectorAll<HTMLElement>('[data-exercise-id], [data-runnable]');
  if (targets.length === 0) return;
  let loading = false;
  let observer: IntersectionObserver | undefined;
  const load = () => {
    if (loading) return;
    loading = true;
    observer?.disconnect();
    // Start Python first (unless the inline early start already did): the worker's download and
    // compile are the long pole, the UI is not.
    if (!hasEarlyWorker()) rememberEarlyWorker(startPythonWorker());
    import('./island').then(
      (m) => m.mountAll(),
      () => {
        loading = false;
        for (const el of targets) {
          const note = el.querySelector<HTMLElement>('[data-runtime-status]');
          if (note) note.textContent = TOOLS_MISSING_NOTE;
          // Where a pressed Run or Check would have answered (a live region, so it is announced).
          const output = el.dataset.pendingAction ? el.querySelector<HTMLElement>('[data-output]') : null;
          if (output) {
            output.textContent = TOOLS_MISSING_NOTE;
            output.hidden = false;
          }
        }
      },
    );
  };
  if (mldojoSavesData()) {
    const notes = [...targets].flatMap((el) => el.querySelector<HTMLElement>('[data-runtime-status]') ?? []);
    for (const note of notes) note.textContent ||= SAVE_DATA_NOTE;
    const clearNotes = () => notes.forEach((note) => note.textContent === SAVE_DATA_NOTE && (note.textContent = ''));
    return void listen(targets, () => (clearNotes(), load()));
  }
  // Already in (or near) view when the page opens? Start now rather than after the first paint.
  const near = [...targets].some((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > -MARGIN && r.top < innerHeight + MARGIN;
  });
  if (near) return void (load(), listen(targets, load));
  observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: `${MARGIN}px 0px` });
  for (const el of targets) observer.observe(el);
  listen(targets, load);
}

function listen(targets: NodeListOf<HTMLElement>, load: () => void): void {
  for (const el of targets) {
    el.addEventListener('focusin', load, { once: true });
    el.addEventListener('click', (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (!el.dataset.mounted && action && /^(run|check|run-example)$/.test(action)) el.dataset.pendingAction = action;
      load();
    });
  }
}
