// Fast, Astro-free check of lesson files: each MDX compiles, every formula renders with KaTeX in
// strict mode, frontmatter has what a lesson needs, and every <Exercise id> names a real folder.
// Usage: node scripts/check-mdx.ts [files or folders …]   (default: content/docs)
import { compile } from '@mdx-js/mdx';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import remarkMath from 'remark-math';
import { parse as parseYaml } from 'yaml';
import rehypeKatexStrict from '../src/plugins/rehype-katex-strict.mjs';

function collect(path: string, out: string[] = []): string[] {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) collect(join(path, name), out);
  else if (/\.mdx?$/.test(path)) out.push(path);
  return out;
}

const args = process.argv.slice(2);
const isExercisePath = (p: string) => p.replace(/\\/g, '/').includes('content/exercises');
const files = (args.length ? args.filter((a) => !isExercisePath(a)) : ['content/docs']).flatMap((p) => collect(p));
let failures = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const problems: string[] = [];
  const fm = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!fm) problems.push('no frontmatter');
  else {
    const data = parseYaml(fm[1]) ?? {};
    if (!data.title) problems.push('frontmatter needs a title');
    if (file.includes('/modules/') && !file.endsWith('problems.mdx')) {
      if (!data.lesson?.id || !data.lesson?.minutes) problems.push('a lesson needs `lesson: { id: <module>/<slug>, minutes: N }`');
      if (!data.sidebar?.order) problems.push('a lesson needs `sidebar: { order: N }`');
    }
  }
  for (const m of text.matchAll(/^#{2,6} .*\$.*$/gm)) {
    problems.push(`heading "${m[0]}" contains math: the table of contents would show it garbled; say it in words`);
  }
  for (const m of text.matchAll(/<Exercise\s+[^>]*id=["']([^"']+)["']/g)) {
    if (!existsSync(join('content', 'exercises', m[1], 'exercise.yaml'))) problems.push(`<Exercise id="${m[1]}"> has no folder content/exercises/${m[1]}/`);
  }
  try {
    await compile({ value: text.replace(/^---\n[\s\S]*?\n---/, ''), path: file }, { remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatexStrict, { strict: 'error' }]] });
  } catch (error) {
    problems.push(String((error as Error).message).split('\n').slice(0, 6).join('\n    '));
  }
  if (problems.length) {
    failures++;
    console.error(`✗ ${relative(process.cwd(), file)}\n  - ${problems.join('\n  - ')}`);
  }
}
// Exercise prompts, hints and explanations are Markdown with math too, rendered at build time.
let exerciseTexts = 0;
const exerciseScopes = args.length ? args.filter(isExercisePath) : ['content/exercises'];
{
  const root = 'content/exercises';
  const all = existsSync(root) ? readdirSync(root).flatMap((m) => readdirSync(join(root, m)).map((n) => join(root, m, n))) : [];
  for (const dir of all.filter((d) => exerciseScopes.some((scope) => (d + '/').startsWith(scope.replace(/\/?$/, '/')) || scope.startsWith(d)))) {
    if (!existsSync(join(dir, 'exercise.yaml'))) continue;
    const meta = parseYaml(readFileSync(join(dir, 'exercise.yaml'), 'utf8')) ?? {};
    const texts: [string, string][] = [[join(dir, 'prompt.md'), existsSync(join(dir, 'prompt.md')) ? readFileSync(join(dir, 'prompt.md'), 'utf8') : '']];
    (meta.hints ?? []).forEach((h: string, i: number) => texts.push([`${join(dir, 'exercise.yaml')} hint ${i + 1}`, h]));
    texts.push([`${join(dir, 'exercise.yaml')} explanation`, meta.explanation ?? '']);
    for (const [where, value] of texts) {
      exerciseTexts++;
      try {
        await compile({ value, path: where }, { format: 'md', remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatexStrict, { strict: 'error' }]] });
      } catch (error) {
        failures++;
        console.error(`✗ ${where}\n  - ${String((error as Error).message).split('\n').slice(0, 4).join('\n    ')}`);
      }
    }
  }
}
console.log(`check:mdx: ${files.length} file(s) and ${exerciseTexts} exercise text(s), ${failures} with problems`);
process.exit(failures ? 1 : 0);
