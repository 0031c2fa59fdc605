// Runs on every page (via the Footer override): fills progress badges, marks the lesson visited,
// offers "Mark this lesson complete", and shows storage notices. Kept tiny: no Zod, no framework
// (the store's hand-written guard validates what it reads); notice texts load only when due.
import { store } from './store.ts';
import { reminderDue } from './keys.ts';

const s = store();
/** counts: written exercises per module; lesson: this page's lesson id; dashboard: its URL. */
let data: { counts: Record<string, number>; lesson?: string; dashboard: string } = { counts: {}, dashboard: '#' };
const all = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelectorAll<T>(sel);
const own = <T>(o: Record<string, T>, k = '') => (Object.hasOwn(o, k) ? o[k] : undefined);

function render() {
  const p = s.getProgress();
  const ex = p.exercises;
  const passed = (id: string) => own(ex, id)?.status === 'passed';
  all('[data-exercise-status]').forEach((e) => {
    const st = own(ex, e.dataset.exerciseStatus)?.status ?? '';
    e.textContent = st === 'passed' ? 'passed ✓' : st === 'attempted' ? 'attempted' : '';
    e.dataset.state = st;
  });
  all('[data-progress-module]').forEach((e) => {
    const slug = e.dataset.progressModule + '/';
    const total = own(data.counts, e.dataset.progressModule) ?? 0;
    const n = Object.keys(ex).filter((id) => id.startsWith(slug) && passed(id)).length;
    if (total) e.textContent = `${Math.min(n, total)} / ${total} exercises passed`;
    e.dataset.passed = String(n);
  });
  all('[data-lesson-id]').forEach((e) => {
    const l = own(p.lessons, e.dataset.lessonId);
    let tag = e.querySelector('.mldojo-lesson-state');
    if (!tag) {
      tag = Object.assign(document.createElement('small'), { className: 'mldojo-lesson-state' });
      e.firstElementChild?.after(tag);
    }
    tag.textContent = l?.complete ? ' ✓ complete' : l ? ' · visited' : '';
  });
  all<HTMLInputElement>('input[data-lesson-complete]').forEach((box) => {
    const id = box.dataset.lessonComplete!;
    box.checked = !!own(p.lessons, id)?.complete;
    box.closest('[hidden]')?.removeAttribute('hidden');
    box.onchange = () => s.setLessonComplete(id, box.checked);
  });
  const any = Object.keys(ex).some(passed) || Object.values(p.lessons).some((l) => l.complete);
  // Remind about backups once there is a week of history, not right after the first pass.
  const since = Object.keys(p.activity).sort()[0];
  const remind = any && !!since && Date.parse(since) < s.now() - 7 * 864e5;
  const m = s.readMeta();
  if (m.quarantined?.length || m.stuck || s.getStatus().problem || (remind && reminderDue(m, s.now())) || document.getElementById('mldojo-notices'))
    import('./notices.ts').then((n) => n.showNotices(s, remind, data.dashboard));
  // Ask once for storage the browser will not evict, once there is something worth keeping.
  if (any && !m.persistAsked && navigator.storage?.persist) {
    s.writeMeta({ persistAsked: true });
    navigator.storage.persisted().then((yes) => yes || navigator.storage.persist()).catch(() => {});
  }
}

try {
  data = { ...data, ...JSON.parse(document.getElementById('mldojo-progress-data')?.textContent || '{}') };
  if (data.lesson) s.markLessonVisited(data.lesson);
  render();
  s.subscribe(render);
} catch (e) {
  // Progress is an extra: whatever happens, the page itself must keep working.
  console.error('progress:', e);
}
