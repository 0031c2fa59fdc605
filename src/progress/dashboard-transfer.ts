// Export, import (with a preview of what changes), reset (asks first) and the quarantined
// backups list on /progress/. The logic lives in transfer.ts; this file is only the UI.
import type { ProgressStore } from './store.ts';
import type { Catalog } from './types.ts';
import { applyImport, buildExport, diffProgress, exportFileName, importResult, isEmptyDiff, listDrafts, listQuarantined, resetAll, type ImportDiff, type ImportMode, type ParsedImport } from './transfer.ts';

type Ok = Extract<ParsedImport, { ok: true }>;

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
  Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text }, props);

export function setupTransfer(s: ProgressStore, root: HTMLElement, catalog: Catalog, rerender: () => void): void {
  const q = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const status = q('[data-transfer-status]');
  const preview = q('[data-import-preview]');
  const input = q<HTMLInputElement>('[data-import]');
  const confirm = q('[data-reset-confirm]');
  const say = (text: string) => (status.textContent = text);

  const titles = new Map<string, string>();
  for (const m of catalog.modules) {
    for (const e of m.exercises) titles.set(e.id, `${m.code} ${e.title}`);
    for (const l of m.lessons) titles.set(l.id, l.title);
  }
  const names = (ids: string[]) => {
    const shown = ids.slice(0, 6).map((id) => titles.get(id) ?? id);
    return shown.join(', ') + (ids.length > 6 ? ` and ${ids.length - 6} more` : '');
  };

  q('[data-export]').addEventListener('click', () => {
    const file = JSON.stringify(buildExport(s), null, 1);
    const name = exportFileName(s.now());
    download(name, file, 'application/json');
    s.writeMeta({ lastExportAt: s.now(), remindedAt: s.now() });
    say(`Exported ${name} (${Math.max(1, Math.round(file.length / 1024))} KB). Keep it somewhere safe.`);
    rerender();
  });

  q('[data-import-button]').addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    preview.hidden = true;
    const { MAX_IMPORT_BYTES, parseImport } = await import('./import-file.ts');
    const parsed: ParsedImport =
      file.size > MAX_IMPORT_BYTES
        ? parseImport('', s.now(), file.size) // refused by size without reading the file
        : parseImport(await file.text(), s.now(), file.size);
    if (!parsed.ok) {
      showError(parsed.error);
      return;
    }
    showPreview(file.name, parsed);
  });

  function showError(message: string) {
    preview.classList.add('error'); // classList, not className: Astro's scope class must stay
    preview.replaceChildren(el('p', `Import refused. ${message}`));
    preview.hidden = false;
    preview.setAttribute('role', 'alert');
    say('');
  }

  function diffLines(d: ImportDiff): string[] {
    const lines: string[] = [];
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    const add = (count: number, sign: string, one: string, many: string, ids?: string[]) => {
      if (count > 0) lines.push(`${sign} ${n(count, one, many)}${ids ? `: ${names(ids)}` : ''}`);
    };
    add(d.passedAdded.length, '+', 'exercise newly passed', 'exercises newly passed', d.passedAdded);
    add(d.passedRemoved.length, '−', 'pass removed', 'passes removed', d.passedRemoved);
    add(d.attemptedAdded.length, '+', 'exercise attempted', 'exercises attempted', d.attemptedAdded);
    add(d.attemptedRemoved.length, '−', 'attempt removed', 'attempts removed', d.attemptedRemoved);
    add(d.completedAdded.length, '+', 'lesson complete', 'lessons complete', d.completedAdded);
    add(d.completedRemoved.length, '−', 'lesson no longer complete', 'lessons no longer complete', d.completedRemoved);
    add(d.visitedAdded, '+', 'lesson visited', 'lessons visited');
    add(d.visitedRemoved, '−', 'lesson visit removed', 'lesson visits removed');
    add(d.daysAdded, '+', 'day of activity', 'days of activity');
    add(d.daysRemoved, '−', 'day of activity removed', 'days of activity removed');
    add(d.checklistChanged, '~', 'checklist tick changes', 'checklist ticks change');
    if (d.planChanged) lines.push('~ your study plan settings change');
    add(d.draftsAdded.length, '+', 'code draft', 'code drafts', d.draftsAdded);
    add(d.draftsChanged.length, '~', 'code draft overwritten', 'code drafts overwritten', d.draftsChanged);
    add(d.draftsRemoved.length, '−', 'code draft deleted', 'code drafts deleted', d.draftsRemoved);
    return lines;
  }

  function showPreview(fileName: string, parsed: Ok) {
    preview.classList.remove('error');
    preview.removeAttribute('role');
    const passed = Object.values(parsed.progress.exercises).filter((e) => e.status === 'passed').length;
    const done = Object.values(parsed.progress.lessons).filter((l) => l.complete).length;
    const list = el('ul');
    const mode = (): ImportMode => (preview.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value as ImportMode) ?? 'merge';
    const apply = el('button', 'Import', { type: 'button', className: 'pg-button primary' });
    const update = () => {
      const drafts = listDrafts(s.storage);
      const after = importResult(s.getProgress(), drafts, parsed, mode());
      const d = diffProgress(s.getProgress(), after.progress, drafts, after.drafts);
      const lines = isEmptyDiff(d) ? ['Nothing would change: this device already has everything in the file.'] : diffLines(d);
      list.replaceChildren(...lines.map((t) => el('li', t)));
      apply.textContent = mode() === 'replace' ? 'Replace my progress' : 'Merge into my progress';
      apply.classList.toggle('danger', mode() === 'replace');
    };
    const radio = (value: ImportMode, text: string) => {
      const label = el('label');
      const r = document.createElement('input');
      Object.assign(r, { type: 'radio', name: 'import-mode', value, checked: value === 'merge' });
      r.addEventListener('change', update);
      label.append(r, ` ${text}`);
      return label;
    };
    const fieldset = el('fieldset');
    fieldset.append(el('legend', 'How to import'), radio('merge', 'Merge: keep everything here and add what the file has (your drafts here win).'), radio('replace', 'Replace: make this device exactly like the file.'));
    const cancel = el('button', 'Cancel', { type: 'button', className: 'pg-button' });
    const actions = el('div', undefined, { className: 'pg-actions' });
    actions.append(apply, cancel);
    preview.replaceChildren(
      el('p', `${fileName}, exported ${parsed.exportedAt.slice(0, 10)}: ${passed} passed exercise${passed === 1 ? '' : 's'}, ${done} completed lesson${done === 1 ? '' : 's'}, ${Object.keys(parsed.drafts).length} code draft${Object.keys(parsed.drafts).length === 1 ? '' : 's'}.`),
      fieldset,
      el('p', 'What will change on this device:'),
      list,
      actions,
    );
    update();
    preview.hidden = false;
    apply.focus();
    cancel.addEventListener('click', () => {
      preview.hidden = true;
      say('Import cancelled; nothing was changed.');
      q<HTMLButtonElement>('[data-import-button]').focus();
    });
    apply.addEventListener('click', () => {
      const r = applyImport(s, parsed, mode());
      preview.hidden = true;
      say(r.ok ? `Imported ${fileName} (${mode()}).` : r.error);
      rerender();
      quarantine();
    });
  }

  const resetButton = q<HTMLButtonElement>('[data-reset]');
  resetButton.addEventListener('click', () => {
    confirm.hidden = false;
    q<HTMLButtonElement>('[data-reset-no]').focus();
  });
  q('[data-reset-no]').addEventListener('click', () => {
    confirm.hidden = true;
    resetButton.focus();
  });
  q('[data-reset-yes]').addEventListener('click', () => {
    const r = resetAll(s);
    confirm.hidden = true;
    say(r.ok ? 'All progress and code drafts on this device were deleted.' : r.error);
    resetButton.focus();
    rerender();
  });

  function quarantine() {
    const items = listQuarantined(s.storage);
    const box = q('[data-quarantine]');
    box.hidden = items.length === 0;
    q('[data-quarantine-list]').replaceChildren(
      ...items.map(({ key, chars }) => {
        const li = el('li');
        const get = el('button', 'Download', { type: 'button', className: 'pg-button' });
        get.addEventListener('click', () => download(key.replace(/[^a-z0-9.-]+/gi, '_') + '.txt', s.storage?.getItem(key) ?? '', 'text/plain'));
        const del = el('button', 'Delete…', { type: 'button', className: 'pg-button danger' });
        del.addEventListener('click', () => {
          const yes = el('button', 'Yes, delete this backup', { type: 'button', className: 'pg-button danger primary' });
          const no = el('button', 'Keep it', { type: 'button', className: 'pg-button' });
          yes.addEventListener('click', () => {
            try {
              s.storage?.removeItem(key);
            } catch {
              // Nothing to do: it stays listed.
            }
            quarantine();
          });
          no.addEventListener('click', () => quarantine());
          del.replaceWith(yes, no);
          no.focus();
        });
        li.append(el('code', key), el('small', ` ${Math.ceil(chars / 1024)} KB `), get, del);
        return li;
      }),
    );
  }
  quarantine();
}
