// /progress/checklists/: ticks items from evidence and stores the learner's own ticks and notes.
import { store } from './store.ts';
import { evaluate, type ResolvedChecklist } from './evidence.ts';
import { moduleStats, sumStats } from './stats.ts';
import type { Catalog } from './types.ts';

const { lists, catalog, phaseModules } = JSON.parse(document.getElementById('mldojo-checklists')!.textContent!) as {
  lists: ResolvedChecklist[];
  catalog: Catalog;
  phaseModules: Record<string, string[]>;
};
const s = store();
const root = document.getElementById('checklists')!;
const attr = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

function setBar(el: HTMLElement | null, f: number) {
  if (!el) return;
  el.style.setProperty('--p', String(f));
  el.setAttribute('aria-valuenow', String(Math.round(f * 100)));
  el.toggleAttribute('data-done', f >= 1);
}

function render() {
  const p = s.getProgress();
  for (const list of lists) {
    let done = 0;
    let total = 0;
    for (const g of list.groups)
      for (const item of g.items) {
        const st = evaluate(item, p);
        total++;
        if (st.complete) done++;
        const li = root.querySelector<HTMLElement>(attr('data-item', item.id))!;
        li.toggleAttribute('data-complete', st.complete);
        li.toggleAttribute('data-partial', !st.complete && (st.done > 0 || st.selfChecked));
        const state = li.querySelector('[data-state]')!;
        if (item.evidence) {
          li.querySelector('[data-evidence-count]')!.textContent = String(st.done);
          for (const x of li.querySelectorAll<HTMLElement>('[data-ex]')) {
            const id = x.dataset.ex!;
            x.toggleAttribute('data-passed', Object.hasOwn(p.exercises, id) && p.exercises[id].status === 'passed');
          }
        }
        state.textContent = st.complete
          ? item.evidence
            ? '✓ done, shown by your exercises'
            : '✓ done'
          : st.evidenceMet
            ? '· exercises done; tick the last part yourself'
            : '';
        const box = li.querySelector<HTMLInputElement>('[data-self]');
        if (box) box.checked = st.selfChecked;
        const note = li.querySelector<HTMLInputElement>('[data-note]');
        if (note && document.activeElement !== note) note.value = st.note;
      }
    setBar(root.querySelector(attr('data-list-bar', list.id)), total ? done / total : 0);
    root.querySelector(attr('data-list-text', list.id))!.textContent = `${done} of ${total} done`;
  }
  for (const [title, ids] of Object.entries(phaseModules)) {
    const t = sumStats(catalog.modules.filter((m) => ids.includes(m.id)).map((m) => moduleStats(m, p)));
    setBar(root.querySelector(attr('data-phase-bar', title)), t.fraction);
    root.querySelector(attr('data-phase-text', title))!.textContent = `${Math.round(t.fraction * 100)}% of lessons and exercises`;
  }
}

function save(id: string) {
  const box = root.querySelector<HTMLInputElement>(attr('data-self', id))!;
  const note = root.querySelector<HTMLInputElement>(attr('data-note', id))?.value.trim().slice(0, 2000);
  const t = s.now();
  s.update((p) => {
    p.checklist[id] = note ? { checked: box.checked, at: t, note } : { checked: box.checked, at: t };
  });
}

root.addEventListener('change', (e) => {
  const t = e.target as HTMLElement;
  const id = t.dataset.self ?? t.dataset.note;
  if (id) save(id);
});

try {
  render();
  s.subscribe(render);
} catch (e) {
  console.error('checklists:', e);
}
