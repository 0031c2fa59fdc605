// /progress/: fills the server-rendered frame with this browser's progress, and keeps it current
// when another tab records something.
import { store } from './store.ts';
import { dayKey } from './keys.ts';
import { continueWhere, moduleStats, streaks, sumStats, type Target } from './stats.ts';
import { calendarSvg } from './calendar-svg.ts';
import { humanDay } from './dates.ts';
import { setupTransfer } from './dashboard-transfer.ts';
import type { Catalog } from './types.ts';

const catalog: Catalog = JSON.parse(document.getElementById('mldojo-catalog')!.textContent!);
const s = store();
const root = document.getElementById('dashboard')!;
const q = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const pct = (f: number) => `${Math.round(f * 100)}%`;
const hours = (min: number) => (min < 600 ? (Math.round(min / 6) / 10).toString() : Math.round(min / 60).toString()) + ' h';
const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function setRing(name: string, fraction: number, center: string, value: string) {
  const fig = q(`[data-ring="${name}"]`)!;
  fig.style.setProperty('--p', String(Math.min(1, fraction)));
  fig.toggleAttribute('data-empty', fraction <= 0);
  fig.querySelector('[data-ring-percent]')!.textContent = center;
  fig.querySelector('[data-ring-value]')!.textContent = value;
}

function setBar(el: HTMLElement | null, fraction: number) {
  if (!el) return;
  el.style.setProperty('--p', String(fraction));
  el.setAttribute('aria-valuenow', String(Math.round(fraction * 100)));
  el.toggleAttribute('data-done', fraction >= 1);
}

function targetLine(label: string, t: Target) {
  const p = document.createElement('p');
  const a = Object.assign(document.createElement('a'), { href: t.href, textContent: t.title });
  p.append(`${label}: `, a, ` — ${t.module} (${t.note})`);
  return p;
}

function render() {
  const p = s.getProgress();
  const today = dayKey(s.now());
  const stats = catalog.modules.map((m) => moduleStats(m, p));
  const all = sumStats(stats);

  const ex = all.exercisesWritten ? all.exercisesPassed / all.exercisesWritten : 0;
  setRing('exercises', ex, pct(ex), `${all.exercisesPassed} / ${all.exercisesWritten}`);
  const le = all.lessonsWritten ? all.lessonsComplete / all.lessonsWritten : 0;
  setRing('lessons', le, pct(le), `${all.lessonsComplete} / ${all.lessonsWritten}`);
  const hr = all.minutesWritten ? all.minutesDone / all.minutesWritten : 0;
  setRing('hours', hr, pct(hr), `${hours(all.minutesDone)} / ${hours(all.minutesWritten)}`);

  const st = streaks(p, today);
  q('[data-streak-current]')!.textContent = String(st.current);
  q('[data-streak-detail]')!.textContent = `longest ${plural(st.longest, 'day')} · ${plural(st.activeDays, 'active day')}`;

  const c = continueWhere(catalog, p);
  const box = q('[data-continue]')!;
  box.replaceChildren(...(c.last ? [targetLine('Last time', c.last)] : []), ...(c.next ? [targetLine(c.last ? 'Next up' : 'Start with', c.next)] : []));
  if (!c.last && !c.next) box.textContent = 'Every written lesson is complete. New lessons appear as the curriculum grows.';

  // Today sits at the right end; the stylesheet keeps that end in view, without a forced layout here.
  q('[data-calendar]')!.innerHTML = calendarSvg(p, today);
  q('[data-activity-summary]')!.textContent = st.activeDays
    ? `${plural(st.activeDays, 'active day')} in total. Current streak: ${plural(st.current, 'day')}; longest: ${plural(st.longest, 'day')}.`
    : 'No activity recorded yet: read a lesson or check an exercise and today lights up.';

  for (const t of catalog.tracks) {
    const ts = sumStats(stats.filter((_, i) => catalog.modules[i].track === t.letter));
    setBar(q(`[data-track-bar="${t.letter}"]`), ts.fraction);
    q(`[data-track-text="${t.letter}"]`)!.textContent = ts.exercisesWritten
      ? `${ts.exercisesPassed} / ${ts.exercisesWritten} exercises · ${pct(ts.fraction)}`
      : ts.lessonsWritten
        ? `${ts.lessonsComplete} / ${ts.lessonsWritten} lessons · ${pct(ts.fraction)}`
        : 'in preparation';
  }
  stats.forEach((m) => {
    setBar(q(`[data-module-bar="${m.id}"]`), m.fraction);
    if (m.exercisesWritten + m.lessonsWritten)
      q(`[data-module-text="${m.id}"]`)!.textContent = `${m.exercisesPassed} / ${m.exercisesWritten} exercises · ${m.lessonsComplete} / ${m.lessonsWritten} lessons`;
  });

  const last = s.readMeta().lastExportAt;
  q('[data-last-export]')!.textContent = last
    ? `Last export: ${humanDay(dayKey(last))}${s.now() - last > 14 * 864e5 ? ' — time for a fresh one.' : '.'}`
    : 'Last export: never.';
}

try {
  render();
  s.subscribe(render);
  setupTransfer(s, root, catalog, render);
} catch (e) {
  console.error('dashboard:', e);
  q('[data-transfer-status]')!.textContent = 'Something went wrong while showing your progress. It is still saved in this browser.';
}
