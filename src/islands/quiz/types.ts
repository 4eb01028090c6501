import type { KeysWithPrefix } from '@/i18n';
import type { QuizView } from '@/lib/quiz/view';

/** The UI strings the island shows, in one language, handed over by the page. */
export type QuizStrings = Record<KeysWithPrefix<'quiz.' | 'share.' | 'mirror.'>, string>;

/** A public page a result can share, as the page built it. */
export interface SharedPage {
  url: string;
  /** Root-relative path of its 1200x630 card. */
  image: string;
  title: string;
  message: string;
  /** The post on X, when it says more than the title. */
  post?: string | undefined;
}

/**
 * What a result shares: its stage's page by default (a position, no score),
 * and its bucket's page only when the reader chooses to add the score.
 */
export interface SharedResult extends SharedPage {
  withScore: SharedPage & { label: string };
}

export interface QuizProps {
  quiz: QuizView;
  strings: QuizStrings;
  /** The contact call to action from the site config, in the page's language. */
  contact: { heading: string; body: string; cta: string; href: string };
  /** Absolute URL of this quiz page: invites point here. */
  quizUrl: string;
  /**
   * Fragment keys of the links this page makes (in its language), and every
   * key of every language it reads: a link made on the Dutch page opens here too.
   */
  linkKeys: { invite: string; reply: string; result: string; all: string[] };
  /** What each bucket shares, in bucket order (0, 5, … 100): its stage's page, or with the score its own. */
  results: SharedResult[];
  /** utm_campaign for shared links. */
  campaign: string;
}
