/** Every 1200x630 share image, rendered at build from the list in data/share-cards. */
import type { InferGetStaticPropsType } from 'astro';
import { shareCards } from '@/data/share-cards';
import { pngResponse } from '@/og/png';

export const getStaticPaths = async () =>
  (await shareCards()).map((card) => ({ params: { card: card.name }, props: { card } }));

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET = async ({ props }: { props: Props }) => pngResponse(await props.card.render());
