// rehype-katex only *warns* on a LaTeX error and renders red text. We want a broken formula to
// fail the build instead, naming the file and the formula, so no learner ever sees red math.
import rehypeKatex from 'rehype-katex';

export default function rehypeKatexStrict(options = {}) {
  const render = rehypeKatex.call(this, options);
  return (tree, file) => {
    render(tree, file);
    const errors = file.messages.filter((m) => m.source === 'rehype-katex');
    if (errors.length) {
      const where = file.path ?? 'a Markdown file';
      const details = errors.map((m) => `  line ${m.line ?? '?'}: ${m.reason} — ${String(m.cause?.message ?? '').split('\n')[0]}`).join('\n');
      throw new Error(`KaTeX could not render math in ${where}:\n${details}`);
    }
  };
}
