// The phone/touch editor: a textarea that behaves (no autocorrect, Tab indents, shortcuts work).
// Monaco is unusable on small touch screens; this is not a degraded mode but the right tool there.
import type { CodeEditor, EditorOptions } from './types';

const MODIFIERS = ['Shift', 'Control', 'Alt', 'Meta'];

export function createPlainEditor({ host, value, label, onRun, onCheck }: EditorOptions): CodeEditor {
  const area = document.createElement('textarea');
  area.className = 'plain-editor';
  area.value = value;
  area.spellcheck = false;
  // Soft-wrapped Python would show a continuation at column 0, as if it were a new, unindented line.
  area.wrap = 'off';
  area.setAttribute('autocapitalize', 'off');
  area.setAttribute('autocomplete', 'off');
  area.setAttribute('autocorrect', 'off');
  area.setAttribute('aria-label', label);
  const fit = () => (area.rows = Math.min(30, Math.max(8, area.value.split('\n').length + 1)));
  fit();
  area.addEventListener('input', fit);
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun();
    } else if (e.key === 'Enter' && e.shiftKey) {
      e.preventDefault();
      onCheck();
    } else if (e.key === 'Tab' && !e.shiftKey && !e.altKey && area.selectionStart === area.selectionEnd && area.dataset.tabIndents !== 'off') {
      e.preventDefault();
      area.setRangeText('    ', area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input'));
    } else if (e.key === 'Escape') {
      // Escape hands the next Tab back to the page so keyboard users can leave the editor.
      area.dataset.tabIndents = 'off';
    } else if (e.key !== 'Tab' && !MODIFIERS.includes(e.key)) {
      delete area.dataset.tabIndents;
    }
  });
  area.addEventListener('blur', () => delete area.dataset.tabIndents);
  host.replaceChildren(area);
  let errorNote: HTMLElement | null = null;
  return {
    getValue: () => area.value,
    setValue: (code) => {
      area.value = code;
      fit();
    },
    focus: () => area.focus(),
    markError(line, message) {
      errorNote?.remove();
      errorNote = null;
      if (line == null) return;
      errorNote = document.createElement('p');
      errorNote.className = 'editor-error-note';
      errorNote.textContent = `Line ${line}: ${message ?? 'error'}`;
      host.append(errorNote);
    },
    onChange: (listener) => area.addEventListener('input', listener),
    dispose: () => area.remove(),
  };
}
