// Starlight renders the whole sidebar into every page. With 51 modules and hundreds of lessons that
// is most of a page's HTML, so each page keeps lesson links only for its own module; every other
// module stays one link to its overview. Prev/next links are computed before this runs, from the
// full sidebar, so they still walk the whole curriculum.
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

function containsCurrent(entry: Entry): boolean {
  return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

/** A module group (its first entry is "Module overview") becomes a single link unless it is current. */
function prune(entry: Entry): Entry {
  if (entry.type === 'link') return entry;
  const overview = entry.entries[0];
  const isModule = overview?.type === 'link' && overview.label === 'Module overview';
  if (isModule && !containsCurrent(entry)) return { ...overview, label: entry.label, badge: entry.badge };
  return { ...entry, entries: entry.entries.map(prune) };
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = route.sidebar.map(prune);
});
