/**
 * The share images the site publishes: one per essay and one per result
 * bucket, in every language. Each card knows its name (its URL under /og/,
 * from the route table) and how to draw itself.
 */
import { locales, t } from '@/i18n';
import { allBuckets } from '@/lib/quiz/buckets';
import { stageFor } from '@/lib/quiz/scoring';
import { essayCardName, resultCardName } from '@/lib/routes';
import { cacheDir, cachedPng, cardKey, templateVersion } from '@/og/cache';
import { essayCardPng, type EssayCard } from '@/og/essay-card';
import { resultCardPng, type ResultCard } from '@/og/result-card';
import { siteConfig } from '@/site.config';
import { allEssays, essaysIn } from './essays';
import { quizFor } from './quiz';

export interface ShareCard {
  name: string;
  render: () => Promise<Buffer>;
}

const host = new URL(siteConfig.origin).host;

/** Draws a card only when no earlier build drew one from the same inputs (src/og/cache.ts). */
async function fromCache<T>(kind: string, input: T, draw: (input: T) => Promise<Buffer>): Promise<Buffer> {
  return cachedPng(cacheDir(), cardKey(kind, input, await templateVersion()), () => draw(input));
}

async function essayCards(): Promise<ShareCard[]> {
  const essays = await allEssays();
  return Promise.all(
    essays.map(async (essay) => {
      const { locale, part, title } = essay.data;
      const total = (await essaysIn(locale)).length;
      return {
        name: essayCardName(locale, essay.slug),
        render: () =>
          fromCache<EssayCard>(
            'essay',
            { seriesName: t(locale, 'site.name'), partLabel: t(locale, 'series.partOf', { part, total }), title, host },
            essayCardPng,
          ),
      };
    }),
  );
}

async function resultCards(): Promise<ShareCard[]> {
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const quiz = await quizFor(locale);
      return allBuckets.map((score) => ({
        name: resultCardName(locale, score),
        render: () =>
          fromCache<ResultCard>(
            'result',
            {
              seriesName: t(locale, 'site.name'),
              score,
              stageLabel: stageFor(quiz.stages, score).name,
              stages: quiz.stages,
              host,
            },
            resultCardPng,
          ),
      }));
    }),
  );
  return perLocale.flat();
}

export async function shareCards(): Promise<ShareCard[]> {
  return [...(await essayCards()), ...(await resultCards())];
}
