import { answer, goBack, goNext, type Progress } from '@/lib/quiz/progress';
import type { QuizView } from '@/lib/quiz/view';
import { Question } from './Question';
import type { QuizStrings } from './types';

interface Props {
  quiz: QuizView;
  progress: Progress;
  index: number;
  strings: QuizStrings;
  announce: (message: string) => void;
  focusOnMount: boolean;
  /** The progress after the reader's move: answered and on, or back. */
  onMove: (next: Progress) => void;
}

/** The question on screen, wired to the progress moves; the quiz and a workshop participant share it. */
export function CurrentQuestion({ quiz, progress, index, strings, announce, focusOnMount, onMove }: Props) {
  const question = quiz.questions[index]!;
  return (
    <Question
      key={question.id}
      question={question}
      index={index}
      total={quiz.questions.length}
      chosen={progress.answers[question.id]}
      strings={strings}
      announce={announce}
      focusOnMount={focusOnMount}
      onAnswer={(questionId, optionId) => onMove(goNext(answer(progress, questionId, optionId), quiz))}
      onBack={() => onMove(goBack(progress, quiz))}
    />
  );
}
