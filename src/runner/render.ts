// Turns runner results into DOM. Everything the learner's code produced is inserted as text,
// never as HTML: `print('<img src=x onerror=alert(1)>')` shows those characters, nothing more.
import type { CheckReport, LearnerError, RunOutcome } from './protocol';
import type { Stopped, Failed } from './client';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** An output pane that streams stdout/stderr chunks, figures and a final verdict. */
export class OutputPane {
  private stream: HTMLPreElement | null = null;
  private streamKind: 'stdout' | 'stderr' | null = null;
  private figures = 0;
  private staleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly root: HTMLElement) {}

  clear(): void {
    if (this.staleTimer) clearTimeout(this.staleTimer);
    this.staleTimer = null;
    this.root.replaceChildren();
    this.stream = null;
    this.streamKind = null;
    this.figures = 0;
    this.root.hidden = false;
  }

  /**
   * A new job starts. The previous output stays until the job's first piece of output arrives, or
   * for at most `staleMs`: clearing at once makes the page below reflow and repaint before Python
   * has answered, and a quick Run's first line then waits for that frame (~10 ms measured).
   */
  begin(staleMs = 100): void {
    if (this.staleTimer) clearTimeout(this.staleTimer);
    this.staleTimer = setTimeout(() => this.clearIfStale(), staleMs);
  }

  private clearIfStale(): void {
    if (this.staleTimer) this.clear();
  }

  write(kind: 'stdout' | 'stderr', text: string): void {
    this.clearIfStale();
    if (!this.stream || this.streamKind !== kind) {
      this.stream = el('pre', `output-${kind}`);
      this.streamKind = kind;
      this.root.append(this.stream);
    }
    this.stream.append(document.createTextNode(text));
  }

  figure(png: string): void {
    this.clearIfStale();
    const img = el('img', 'output-figure');
    img.src = `data:image/png;base64,${png}`;
    img.alt = `Figure ${++this.figures} drawn by the code`;
    this.root.append(img);
    this.stream = null;
  }

  note(text: string, tone: 'info' | 'warn' | 'error' | 'ok' = 'info'): HTMLElement {
    this.clearIfStale();
    const p = el('p', `output-note tone-${tone}`, text);
    this.root.append(p);
    this.stream = null;
    return p;
  }

  truncated(dropped: number): void {
    this.note(`Output truncated: the first 100,000 characters are shown; ${dropped.toLocaleString('en')} more were not.`, 'warn');
  }

  error(error: LearnerError): void {
    this.note(error.line ? `${error.type} on line ${error.line}` : error.type, 'error');
    this.root.append(el('pre', 'output-traceback', error.traceback));
  }

  stopped(result: Stopped, limitSeconds: number): void {
    this.note(
      result.reason === 'time-limit'
        ? `Stopped after ${result.seconds} s: the time limit is ${limitSeconds} s. Look for a loop that never ends. Your code is still in the editor.`
        : `Stopped after ${result.seconds} s. Your code is still in the editor.`,
      'warn',
    );
  }

  failed(result: Failed): void {
    this.note(result.message, 'error');
  }

  runDone(outcome: RunOutcome): void {
    this.clearIfStale();
    if (outcome.error) this.error(outcome.error);
    else if (!this.root.querySelector('pre, img')) this.note('Ran without errors and printed nothing.', 'ok');
  }

  report(report: CheckReport): void {
    const total = report.tests.length;
    const failed = report.tests.filter((t) => !t.passed).length;
    if (report.load_error) {
      // Listing every cell as "not run" would bury the one thing to fix: the error itself.
      this.note(`Your code could not be loaded, so none of the ${total} tests ran. Fix this first:`, 'error');
      this.error(report.load_error);
    } else {
      this.note(failed === 0 ? `All ${total} tests passed. Well done!` : `${failed} of ${total} tests failed.`, failed === 0 ? 'ok' : 'error');
    }
    const list = el('ol', 'test-list');
    for (const t of report.tests) {
      const item = el('li', t.passed ? 'test-pass' : 'test-fail');
      item.append(el('span', 'test-icon', t.passed ? '✓' : '✗'));
      const body = el('div', 'test-body');
      const name = el('span', 'test-verdict', t.passed ? 'passed' : 'failed');
      name.classList.add('visually-hidden');
      body.append(name, el('span', 'test-description', t.description || t.name));
      if (!t.passed && t.message) body.append(el('p', 'test-message', t.message));
      if (!t.passed && (t.expected != null || t.actual != null)) {
        const dl = el('dl', 'test-values');
        dl.append(el('dt', '', 'Expected'), wrapCode(t.expected ?? '—'), el('dt', '', 'Got'), wrapCode(t.actual ?? '—'));
        body.append(dl);
      }
      if (!t.passed && t.error) body.append(el('pre', 'output-traceback', t.error.traceback));
      item.append(body);
      list.append(item);
    }
    if (total && !report.load_error) this.root.append(list);
    if (report.stdout) {
      this.root.append(el('p', 'output-label', 'Printed while checking:'));
      this.write('stdout', report.stdout);
    }
  }
}

function wrapCode(text: string): HTMLElement {
  const dd = el('dd');
  dd.append(el('code', '', text));
  return dd;
}
