/** Every 1200x630 share image, rendered at build from the list in data/share-cards. */
import type { InferGetStaticPropsType } from 'astro';
import { shareCards } from '@/data/share-cards';
import { pngResponse } from '@/og/png';

export const getStaticPaths = async () =>
  (await shareCards()).map((card) => {
    // Every card starts drawing now, in worker threads (src/og/pool.ts), each
    // page below only waits for its own: the drawing overlaps the rest.
    const png = card.render();
    // A failure surfaces where the page awaits it, failing the build there.
    png.catch(() => {});
    return { params: { card: card.name }, props: { png } };
  });

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET = async ({ props }: { props: Props }) => pngResponse(await props.png);
