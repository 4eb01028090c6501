/**
 * The partnership quiz island: introduction and role, one question per
 * screen, then the result. State lives in a persistent nanostore; the
 * moves on it are the pure functions of lib/quiz/progress.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import {
  answer,
  chooseRole,
  emptyProgress,
  goBack,
  goNext,
  reviewAnswers,
  screenOf,
  type Progress,
} from '../../lib/quiz/progress';
import { Intro } from './Intro';
import { Question } from './Question';
import { Result } from './Result';
import { createQuizStore, type QuizStore } from './store';
import type { QuizProps } from './types';

export default function Quiz({ quiz, strings, contact }: QuizProps) {
  const [store] = useState<QuizStore>(() => createQuizStore(quiz));
  const stored = useStore(store.$progress);
  // The server renders the introduction; the stored progress takes over after
  // hydration, so the first client render matches the server's HTML.
  const [hydrated, setHydrated] = useState(false);
  const [resumed, setResumed] = useState(false);
  useEffect(() => {
    setHydrated(true);
    setResumed(screenOf(store.$progress.get(), quiz).kind !== 'intro');
  }, []);

  const progress = hydrated ? stored : emptyProgress;
  const screen = screenOf(progress, quiz);
  // Focus follows the reader's own moves only, not the page load.
  const [interacted, setInteracted] = useState(false);
  const set = (next: Progress) => {
    setResumed(false);
    setInteracted(true);
    store.$progress.set(next);
  };

  // Lets the page's CSS tuck the static introduction away during the questions.
  useEffect(() => {
    document.documentElement.dataset.quizScreen = screen.kind;
  }, [screen.kind]);

  const [announcement, setAnnouncement] = useState('');
  const announce = (message: string) => setAnnouncement(message);

  return (
    <div class="quiz">
      <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
      {!store.persistent && hydrated && <p class="quiz__note">{strings['quiz.memoryOnly']}</p>}
      {resumed && screen.kind !== 'intro' && <p class="quiz__note">{strings['quiz.resumed']}</p>}

      {screen.kind === 'intro' && (
        <Intro
          strings={strings}
          initialRole={progress.role}
          hasAnswers={Object.keys(progress.answers).length > 0}
          onStart={(role) => set(chooseRole(progress, role))}
        />
      )}
      {screen.kind === 'question' && (
        <Question
          key={quiz.questions[screen.index]!.id}
          question={quiz.questions[screen.index]!}
          index={screen.index}
          total={quiz.questions.length}
          chosen={progress.answers[quiz.questions[screen.index]!.id]}
          strings={strings}
          announce={announce}
          focusOnMount={interacted}
          onAnswer={(questionId, optionId) => set(goNext(answer(progress, questionId, optionId), quiz))}
          onBack={() => set(goBack(progress))}
        />
      )}
      {screen.kind === 'result' && progress.role && (
        <Result
          quiz={quiz}
          answers={progress.answers}
          role={progress.role}
          strings={strings}
          contact={contact}
          announce={announce}
          focusOnMount={interacted}
          onReview={() => set(reviewAnswers(progress))}
          onRestart={() => set(emptyProgress)}
        />
      )}
    </div>
  );
}
