// Monaco with only what a Python exercise needs (slim API + a handful of editor features),
// themed to follow the site's light/dark mode.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { CodeEditor, EditorOptions } from './types';

(self as unknown as { MonacoEnvironment: object }).MonacoEnvironment = { getWorker: () => new EditorWorker() };

// vs-dark's comment green is 4.2:1 on its background; WCAG AA needs 4.5:1 for 14px text.
monaco.editor.defineTheme('dojo-dark', { base: 'vs-dark', inherit: true, rules: [{ token: 'comment', foreground: '8cbf7a' }], colors: {} });
const siteTheme = () => (document.documentElement.dataset.theme === 'dark' ? 'dojo-dark' : 'vs');
new MutationObserver(() => monaco.editor.setTheme(siteTheme())).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

export function createMonacoEditor({ host, value, label, onRun, onCheck }: EditorOptions): CodeEditor {
  host.replaceChildren();
  const model = monaco.editor.createModel(value, 'python');
  const editor = monaco.editor.create(host, {
    model,
    theme: siteTheme(),
    ariaLabel: label,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    tabSize: 4,
    insertSpaces: true,
    automaticLayout: true,
    lineNumbersMinChars: 3,
    renderLineHighlight: 'line',
    scrollbar: { alwaysConsumeMouseWheel: false },
    accessibilitySupport: 'auto',
    fixedOverflowWidgets: true,
  });
  const lineHeight = editor.getOption(monaco.editor.EditorOption.lineHeight);
  const fit = () => {
    const lines = Math.min(30, Math.max(8, model.getLineCount() + 1));
    host.style.height = `${lines * lineHeight + 12}px`;
    editor.layout();
  };
  fit();
  model.onDidChangeContent(fit);
  handOverTabOnEscape(editor);
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, onRun);
  editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Enter, onCheck);
  return {
    getValue: () => model.getValue(),
    setValue: (code) => editor.executeEdits('reset', [{ range: model.getFullModelRange(), text: code }]),
    focus: () => editor.focus(),
    markError(line, message) {
      monaco.editor.setModelMarkers(
        model,
        'mldojo',
        line == null ? [] : [{ startLineNumber: line, endLineNumber: line, startColumn: 1, endColumn: model.getLineMaxColumn(Math.min(line, model.getLineCount())), message: message ?? 'error', severity: monaco.MarkerSeverity.Error }],
      );
      if (line != null) editor.revealLineInCenterIfOutsideViewport(line);
    },
    onChange: (listener) => model.onDidChangeContent(listener),
    dispose: () => {
      editor.dispose();
      model.dispose();
    },
  };
}

const MODIFIERS = [monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta];

/**
 * Tab indents, as in any code editor, so a keyboard user needs a way out that is not a trap
 * (WCAG 2.1.2): Escape hands the next Tab or Shift+Tab to the page, as in the plain editor.
 * Monaco's own Ctrl+M toggle still works on top of this (its option and its global mode are OR-ed).
 */
function handOverTabOnEscape(editor: monaco.editor.IStandaloneCodeEditor): void {
  let handedOver = false;
  const handOver = (on: boolean) => {
    if (handedOver === on) return;
    handedOver = on;
    editor.updateOptions({ tabFocusMode: on });
  };
  editor.onKeyDown((e) => {
    if (e.keyCode === monaco.KeyCode.Escape) handOver(true);
    else if (e.keyCode !== monaco.KeyCode.Tab && !MODIFIERS.includes(e.keyCode)) handOver(false);
  });
  editor.onDidBlurEditorText(() => handOver(false));
}
