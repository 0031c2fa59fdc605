// Which #fragments of a lesson open the page at (or just above) an exercise or runnable example:
// the exercises' own ids and the ids of headings whose section holds one. The <head> starts
// Python at once for those (overrides/Head.astro). Computed from the MDX source the way Astro
// slugs headings (github-slugger over the heading's text); `check:links` verifies every id exists
// in the built page, so a heading this misreads fails the build instead of silently not helping.
import GithubSlugger from 'github-slugger';

/** A heading's text as Astro sees it: inline markdown (code, emphasis, links) reduced to text. */
function headingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/(^|\s)_+|_+(\s|$)/g, '$1$2')
    .trim();
}

export function exampleAnchors(mdxBody: string): string[] {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let section: string | null = null;
  let inFence = false;
  for (const line of mdxBody.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const slug = slugger.slug(headingText(heading[1]));
      // Headings with math get ids from KaTeX's rendered text: not predictable here, so skipped.
      section = heading[1].includes('$') ? null : slug;
      continue;
    }
    const exercise = /<Exercise\s+id="([^"]+)"/.exec(line);
    if (exercise) anchors.add('exercise-' + exercise[1].replace('/', '-'));
    if (section && /<(Exercise|Runnable)\b/.test(line)) anchors.add(section);
  }
  return [...anchors];
}
