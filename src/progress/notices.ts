// Storage-trouble notices and the backup reminder, shown at the top of any page. Loaded only when
// one is due, so ordinary page views never download these texts.
import type { ProgressStore } from './store.ts';
import { reminderDue } from './keys.ts';

const dismissed = new Set<string>();
type Notice = [id: string, text: (Node | string)[], dismiss: () => void];

/** `remind`: the learner has enough history that losing it would hurt. */
export function showNotices(s: ProgressStore, remind: boolean, dashboard: string): void {
  const m = s.readMeta();
  const problem = s.getStatus().problem;
  const now = s.now();
  const link = () => Object.assign(document.createElement('a'), { href: dashboard, textContent: 'Your progress' });
  const once = (id: string) => () => dismissed.add(id);
  const list: Notice[] = [];
  if (m.quarantined?.length)
    list.push(['q', ['Your saved progress on this device was damaged and could not be read. It was set aside as a backup (not deleted) and a fresh record was started. You can download the backup from ', link(), '.'], () => s.writeMeta({ quarantined: [] })]);
  if (m.stuck)
    list.push(['s', ['Your saved progress could not be read, and storage is too full to set it aside, so it was left untouched and new progress is not being saved. Free some space, then reload.'], once('s')]);
  if (problem === 'quota')
    list.push(['f', ['Storage for this site is full: your latest progress is not saved yet (nothing saved earlier was removed). Export it from ', link(), ' and free some space.'], once('f')]);
  if (problem === 'unavailable') list.push(['u', ['This browser blocks site storage (a private window?), so progress is not saved on this device.'], once('u')]);
  if (problem === 'newer') list.push(['n', ['A newer version of ML Dojo saved your progress in another tab. Reload this page to keep saving.'], once('n')]);
  if (remind && reminderDue(m, now))
    list.push(['r', ['Your progress lives only in this browser, and Safari deletes site data after 7 days without a visit. Export a backup now and then from ', link(), '.'], () => s.writeMeta({ remindedAt: now })]);

  let box = document.getElementById('mldojo-notices');
  if (!box) {
    box = Object.assign(document.createElement('div'), { id: 'mldojo-notices', className: 'mldojo-notices' });
    box.setAttribute('role', 'status');
    document.querySelector('main')?.prepend(box);
  }
  box.replaceChildren(
    ...list
      .filter(([id]) => !dismissed.has(id))
      .map(([id, text, dismiss]) => {
        const p = Object.assign(document.createElement('p'), { className: 'mldojo-notice' });
        const span = document.createElement('span');
        span.append(...text);
        const close = Object.assign(document.createElement('button'), { type: 'button', className: 'mldojo-dismiss', textContent: 'Dismiss' });
        close.onclick = () => {
          dismiss();
          dismissed.add(id);
          p.remove();
        };
        p.append(span, close);
        return p;
      }),
  );
}
