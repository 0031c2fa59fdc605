// One JSON file per exercise (tests, solution, hints…), fetched when its editor mounts. Keeping
// them out of the lesson HTML keeps the lesson light for readers who never press Run.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection('exercises')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export const GET: APIRoute = ({ props }) => {
  const d = (props as { entry: CollectionEntry<'exercises'> }).entry.data;
  const payload = {
    id: d.id,
    starter: d.starter,
    solution: d.solution,
    tests: d.tests,
    prelude: d.prelude,
    packages: d.packages,
    timeLimitSeconds: d.timeLimitSeconds,
    hints: d.hintsHtml,
    explanation: d.explanationHtml,
  };
  return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
};
