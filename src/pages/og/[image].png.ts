/** One 1200x630 share image per essay per locale, rendered at build. */
import type { GetStaticPaths } from 'astro';
import { allEssays, type Essay } from '../../data/essays';
import { t } from '../../i18n';
import { essayCardPng } from '../../og/essay-card';
import { pngResponse } from '../../og/png';
import { essayImagePath } from '../../lib/routes';
import { siteConfig } from '../../site.config';

export const getStaticPaths = (async () => {
  const essays = await allEssays();
  return essays.map((essay) => ({
    // The file name comes from the same helper the pages use for og:image.
    params: { image: essayImagePath(essay.data.locale, essay.slug).split('/').pop()!.replace(/\.png$/, '') },
    props: { essay, total: essays.filter((e) => e.data.locale === essay.data.locale).length },
  }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { essay: Essay; total: number } }) {
  const { essay, total } = props;
  const locale = essay.data.locale;
  const png = await essayCardPng({
    seriesName: t(locale, 'site.name'),
    partLabel: t(locale, 'series.partOf', { part: essay.data.part, total }),
    title: essay.data.title,
    host: new URL(siteConfig.origin).host,
  });
  return pngResponse(png);
}
