import type { KeysWithPrefix } from '@/i18n';
import type { ScoringModel } from '@/lib/quiz/scoring';
import type { QuizView } from '@/lib/quiz/view';

/** The UI strings the facilitator's island shows, in one language, handed over by the page. */
export type WorkshopStrings = Record<KeysWithPrefix<'workshop.' | 'share.' | 'mirror.'>, string>;
/** The participant's island shows the quiz's own strings as well. */
export type ParticipantStrings = WorkshopStrings & Record<KeysWithPrefix<'quiz.'>, string>;

/** What the team view needs of the quiz: its shape for the codes, and the names it shows. */
export interface WorkshopQuiz extends ScoringModel {
  dimensions: { id: string; name: string }[];
  stages: { id: string; from: number; to: number; name: string }[];
}

/** The facilitator's page. */
export interface FacilitatorProps {
  quiz: WorkshopQuiz;
  strings: WorkshopStrings;
  /** Absolute URL of the participant page: the session goes in its fragment. */
  joinUrl: string;
  /** Absolute URL of this page: the team goes in its fragment. */
  pageUrl: string;
  /** Fragment keys of this page's language, and the team keys of every language (a link opens in any). */
  keys: { session: string; team: string; teams: string[] };
  /** The page's language tag, for dates. */
  lang: string;
}

/** The participant's page. */
export interface ParticipantProps {
  quiz: QuizView;
  strings: ParticipantStrings;
  /** The session keys of every language. */
  sessionKeys: string[];
  quizPath: string;
}
