// The only runner code shipped with a lesson page: a few hundred bytes that wait until an
// exercise or runnable example nears the viewport (or is touched), then load the editor and
// the Python worker. A Run/Check pressed before that is remembered and carried out on mount.
let started = false;

export function observeExercises(): void {
  if (started) return;
  started = true;
  const targets = document.querySelectorAll<HTMLElement>('[data-exercise-id], [data-runnable]');
  if (targets.length === 0) return;
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    observer.disconnect();
    // Start Python first: the worker's download and compile are the long pole, the UI is not.
    void import('./client').then((m) => m.getRunner());
    void import('./island').then((m) => m.mountAll());
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '800px 0px' });
  for (const el of targets) {
    observer.observe(el);
    el.addEventListener('focusin', load, { once: true });
    el.addEventListener('click', (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (!el.dataset.mounted && action && /^(run|check|run-example)$/.test(action)) el.dataset.pendingAction = action;
      load();
    });
  }
}
