// The props of the hand-hydrated islands, a file per island and language (src/data/island-props.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allIslandPropsFiles, type IslandPropsFile } from '@/data/island-props';

export const getStaticPaths = (async () =>
  (await allIslandPropsFiles()).map((file) => ({
    params: { file: file.name },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: IslandPropsFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': 'application/json' } });
