// The only runner code shipped with a lesson page: a few hundred bytes that wait until an
// exercise or runnable example nears the viewport, then load the editor + Python worker.
let started = false;

export function observeExercises(): void {
  if (started) return;
  started = true;
  const targets = document.querySelectorAll<HTMLElement>('[data-exercise-id], [data-runnable]');
  if (targets.length === 0) return;
  const load = () => {
    observer.disconnect();
    for (const el of targets) el.removeEventListener('focusin', load);
    import('./island').then((m) => m.mountAll());
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '800px 0px' });
  for (const el of targets) {
    observer.observe(el);
    el.addEventListener('focusin', load, { once: true });
  }
}
