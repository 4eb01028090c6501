import type { KeysWithPrefix } from '../../i18n';
import type { QuizView } from '../../lib/quiz/view';

/** The quiz UI strings of one language, handed over by the page. */
export type QuizStrings = Record<KeysWithPrefix<'quiz.'>, string>;

export interface QuizProps {
  quiz: QuizView;
  strings: QuizStrings;
  /** The contact call to action from the site config, in the page's language. */
  contact: { heading: string; body: string; cta: string; href: string };
}
