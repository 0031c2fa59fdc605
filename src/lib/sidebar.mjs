// Builds Starlight's sidebar from content/tracks.yaml and content/modules/*.yaml, so adding a
// module or a lesson never means editing the config by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..', 'content');

/** A module's lessons (and problem set last), from their frontmatter, in `sidebar.order`. */
function lessonLinks(moduleSlug) {
  const dir = join(root, 'docs', 'modules', moduleSlug);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => {
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '') ?? {};
      return { order: front.sidebar?.order ?? 999, label: front.sidebar?.label ?? front.title, link: `/modules/${moduleSlug}/${f.replace(/\.mdx?$/, '')}/` };
    })
    .sort((a, b) => a.order - b.order || a.link.localeCompare(b.link))
    .map(({ label, link }) => ({ label, link }));
}

export function buildSidebar() {
  const tracks = parse(readFileSync(join(root, 'tracks.yaml'), 'utf8'));
  const modules = readdirSync(join(root, 'modules'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ slug: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(root, 'modules', f), 'utf8')) }))
    .sort((a, b) => a.order - b.order);
  return [
    { label: 'Start here', items: [{ label: 'All tracks', link: '/' }, { label: 'Your progress', link: '/progress/' }, { label: 'Study planner', link: '/plan/' }] },
    ...tracks.map((track) => ({
      label: `${track.letter} · ${track.title}`,
      collapsed: true,
      items: [
        { label: 'Track overview', link: `/tracks/${track.slug}/` },
        ...modules
          .filter((m) => m.track === track.letter)
          .map((m) => {
            const lessons = lessonLinks(m.slug);
            return lessons.length
              ? { label: `${m.code} ${m.title}`, collapsed: true, items: [{ label: 'Module overview', link: `/modules/${m.slug}/` }, ...lessons] }
              : { label: `${m.code} ${m.title}`, link: `/modules/${m.slug}/`, badge: { text: 'soon', variant: 'note' } };
          }),
      ],
    })),
  ];
}
