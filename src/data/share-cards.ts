/**
 * The share images the site publishes, in every language: the series' card
 * (home, about, privacy), the quiz's invitation, the workshop's, one per essay, one per
 * stage page and one per result bucket. Each card knows its name (its URL
 * under /og/, from the route table) and how to draw itself, from the cache
 * when an earlier build drew the same card (src/og/cache.ts).
 */
import { locales, t, type Locale } from '@/i18n';
import { allBuckets, bucketLabel } from '@/lib/quiz/buckets';
import { stageFor } from '@/lib/quiz/scoring';
import {
  essayCardName,
  quizCardName,
  resultCardName,
  seriesCardName,
  stageCardName,
  workshopCardName,
} from '@/lib/routes';
import { cacheDir, cachedPng, cardKey, templateVersion } from '@/og/cache';
import { essayCardPng } from '@/og/essay-card';
import { quizCardPng } from '@/og/quiz-card';
import { resultCardPng } from '@/og/result-card';
import { seriesCardPng } from '@/og/series-card';
import { stageCardPng } from '@/og/stage-card';
import { siteConfig } from '@/site.config';
import { allEssays, essaysIn } from './essays';
import { quizFor } from './quiz';
import { stageShares } from './stages';

export interface ShareCard {
  name: string;
  render: () => Promise<Buffer>;
}

const host = new URL(siteConfig.origin).host;

/** Draws a card only when no earlier build drew one from the same inputs. */
async function fromCache<T>(kind: string, input: T, draw: (input: T) => Promise<Buffer>): Promise<Buffer> {
  return cachedPng(cacheDir(), cardKey(kind, input, await templateVersion()), () => draw(input));
}

/** Cards of one kind in every language. */
async function perLocale(cards: (locale: Locale) => Promise<ShareCard[]>): Promise<ShareCard[]> {
  return (await Promise.all(locales.map(cards))).flat();
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
          fromCache(
            'essay',
            {
              seriesName: t(locale, 'site.name'),
              partLabel: t(locale, 'series.partOf', { part, total }),
              title,
              host,
            },
            essayCardPng,
          ),
      };
    }),
  );
}

const seriesCards = () =>
  perLocale(async (locale) => {
    const total = (await essaysIn(locale)).length;
    return [
      {
        name: seriesCardName(locale),
        render: () =>
          fromCache(
            'series',
            {
              seriesName: t(locale, 'site.name'),
              tagline: t(locale, 'site.tagline'),
              facts: t(locale, 'card.series.facts', { total }),
              host,
            },
            seriesCardPng,
          ),
      },
    ];
  });

const quizCards = () =>
  perLocale(async (locale) => {
    const { stages } = await quizFor(locale);
    return [
      {
        name: quizCardName(locale),
        render: () =>
          fromCache(
            'quiz',
            {
              kicker: t(locale, 'quiz.kicker'),
              question: t(locale, 'quiz.title'),
              from: stages[0]!.name,
              to: stages.at(-1)!.name,
              stages,
              facts: t(locale, 'card.quiz.facts'),
              host,
            },
            quizCardPng,
          ),
      },
    ];
  });

/** The workshop's card: the quiz card's layout, with the workshop's promise. */
const workshopCards = () =>
  perLocale(async (locale) => {
    const { stages } = await quizFor(locale);
    return [
      {
        name: workshopCardName(locale),
        render: () =>
          fromCache(
            'quiz',
            {
              kicker: t(locale, 'workshop.kicker'),
              question: t(locale, 'workshop.title'),
              from: stages[0]!.name,
              to: stages.at(-1)!.name,
              stages,
              facts: t(locale, 'card.workshop.facts'),
              host,
            },
            quizCardPng,
          ),
      },
    ];
  });

const stageCards = () =>
  perLocale(async (locale) =>
    (await stageShares(locale)).map((share) => ({
      name: stageCardName(locale, share.slug),
      render: () =>
        fromCache(
          'stage',
          {
            kicker: t(locale, 'stage.kicker', { n: share.number, total: share.stages.length }),
            thesis: share.stage.thesis,
            question: share.stage.question,
            current: share.number - 1,
            stages: share.stages,
            host,
          },
          stageCardPng,
        ),
    })),
  );

const resultCards = () =>
  perLocale(async (locale) => {
    const quiz = await quizFor(locale);
    return allBuckets.map((score) => ({
      name: resultCardName(locale, score),
      render: () =>
        fromCache(
          'result',
          {
            seriesName: t(locale, 'site.name'),
            score,
            scoreLabel: bucketLabel(score),
            stageLabel: stageFor(quiz.stages, score).name,
            stages: quiz.stages,
            host,
          },
          resultCardPng,
        ),
    }));
  });

export async function shareCards(): Promise<ShareCard[]> {
  const kinds = await Promise.all([
    seriesCards(),
    quizCards(),
    workshopCards(),
    essayCards(),
    stageCards(),
    resultCards(),
  ]);
  return kinds.flat();
}
