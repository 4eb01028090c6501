import type { KeysWithPrefix } from '@/i18n';
import type { QuizView } from '@/lib/quiz/view';

/** The UI strings the island shows, in one language, handed over by the page. */
export type QuizStrings = Record<KeysWithPrefix<'quiz.' | 'share.' | 'mirror.'>, string>;

/** The public page of one result bucket, as the page built it. */
export interface SharedResult {
  url: string;
  image: string;
  title: string;
  message: string;
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
  /** The shareable page of each bucket, in bucket order (0, 5, … 100). */
  results: SharedResult[];
  /** utm_campaign for shared links. */
  campaign: string;
}
