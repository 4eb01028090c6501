/**
 * What the hand-hydrated islands (quiz, workshop participant) need in the
 * browser, per language, and the files that carry it. The props are files of
 * their own rather than JSON inside the page: inline, they made the quiz
 * page's HTML 19 KB gzipped, more than the first round trip of a new
 * connection carries (about 14 KB), so its first paint waited a round trip
 * longer. Each file's name holds a hash of its content, so hosts can cache it
 * for good (src/deploy/nginx.conf, public/_headers).
 */
import { createHash } from 'node:crypto';
import { quizFor } from '@/data/quiz';
import { summarise } from '@/data/results';
import { stageShares } from '@/data/stages';
import { locales, otherLocales, stringsWithPrefix, t, type Locale } from '@/i18n';
import type { QuizProps } from '@/islands/quiz/types';
import type { ParticipantProps } from '@/islands/workshop/types';
import { allBuckets } from '@/lib/quiz/buckets';
import { absoluteUrl, pagePath } from '@/lib/routes';
import { siteConfig } from '@/site.config';

/** The folder the props files are served from. */
const ISLAND_DATA_DIR = '/island-data/';

const LINK_FRAGMENT_KEYS = ['route.inviteFragment', 'route.replyFragment', 'route.resultFragment'] as const;

async function quizProps(locale: Locale): Promise<QuizProps> {
  const quiz = await quizFor(locale);
  const stages = await stageShares(locale);
  return {
    quiz,
    strings: stringsWithPrefix(locale, 'quiz.', 'share.', 'mirror.'),
    quizUrl: absoluteUrl(pagePath(locale, 'quiz')),
    linkKeys: {
      invite: t(locale, 'route.inviteFragment'),
      reply: t(locale, 'route.replyFragment'),
      result: t(locale, 'route.resultFragment'),
      all: [locale, ...otherLocales(locale)].flatMap((l) => LINK_FRAGMENT_KEYS.map((key) => t(l, key))),
    },
    results: allBuckets.map((bucket) => {
      const result = summarise(locale, quiz, bucket);
      const stage = stages.find((s) => s.stage.id === result.stage.id)!;
      return {
        url: absoluteUrl(stage.paths[locale]),
        image: stage.image.path,
        title: stage.title,
        message: stage.message,
        post: stage.message,
        withScore: {
          label: result.scoreLabel,
          url: absoluteUrl(result.paths[locale]),
          image: result.image.path,
          title: result.title,
          message: result.shareMessage,
        },
      };
    }),
    campaign: siteConfig.campaign,
    contact: {
      heading: t(locale, 'contact.heading'),
      body: t(locale, 'contact.body'),
      cta: t(locale, 'contact.cta'),
      href: siteConfig.contact.url,
    },
  };
}

async function participantProps(locale: Locale): Promise<ParticipantProps> {
  return {
    quiz: await quizFor(locale),
    strings: stringsWithPrefix(locale, 'workshop.', 'share.', 'mirror.', 'quiz.'),
    sessionKeys: [...new Set(locales.map((l) => t(l, 'route.sessionFragment')))],
    quizPath: pagePath(locale, 'quiz'),
  };
}

const islands = { quiz: quizProps, participant: participantProps };
type PropsIsland = keyof typeof islands;

export interface IslandPropsFile<I extends PropsIsland = PropsIsland> {
  island: I;
  locale: Locale;
  props: Awaited<ReturnType<(typeof islands)[I]>>;
  /** The file's name, e.g. quiz.nl.3f9a0c1d2e.json. */
  name: string;
  /** Its root-relative URL, for the island's data-props. */
  path: string;
  body: string;
}

/** An island's props file in a language: its content, and a name that changes when the content does. */
export async function islandPropsFile<I extends PropsIsland>(island: I, locale: Locale): Promise<IslandPropsFile<I>> {
  const props = (await islands[island](locale)) as IslandPropsFile<I>['props'];
  const body = JSON.stringify(props);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const name = `${island}.${locale}.${hash}.json`;
  return { island, locale, props, name, path: `${ISLAND_DATA_DIR}${name}`, body };
}

/** Every island's props file in every language. */
export const allIslandPropsFiles = () =>
  Promise.all(
    (Object.keys(islands) as PropsIsland[]).flatMap((island) =>
      locales.map((locale) => islandPropsFile(island, locale)),
    ),
  );
