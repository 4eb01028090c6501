import { fill } from '@/i18n/fill';
import type { CodeProblem } from '@/lib/quiz/codes';
import type { LinkOutcome } from '@/lib/quiz/state';
import type { QuizStrings } from './types';

/** What the reader is told after opening a link or starting over. */
export type Note = LinkOutcome | { kind: 'started-over' };

interface Props {
  outcome: Note;
  strings: QuizStrings;
  canUndo: boolean;
  onUndo: () => void;
}

/** The message for each way a code can be wrong; the rest of the quiz works on. */
const problemKey = (problem: CodeProblem) =>
  problem === 'newer-version'
    ? 'quiz.code.newerVersion'
    : problem === 'quiz-changed'
      ? 'quiz.code.quizChanged'
      : problem === 'inconsistent'
        ? 'quiz.code.inconsistent'
        : 'quiz.code.broken';

/**
 * A line above the quiz saying what a link did: who invited the reader, that
 * a comparison or a result arrived, or why a link could not be read. Where
 * something was replaced, it offers to put it back.
 */
export function LinkNote({ outcome, strings, canUndo, onUndo }: Props) {
  if (outcome.kind === 'none') return null;
  if (outcome.kind === 'broken') {
    return (
      <p class="quiz__note quiz__note--warning" role="alert">
        {strings[problemKey(outcome.problem)]}
      </p>
    );
  }
  const text =
    outcome.kind === 'invited'
      ? strings[`mirror.invited.${outcome.side.role}`]
      : outcome.kind === 'own-invite'
        ? strings['mirror.ownInvite']
        : outcome.kind === 'compared'
          ? strings['mirror.compared']
          : outcome.kind === 'restored'
            ? strings[outcome.replaced ? 'quiz.restoredReplaced' : 'quiz.restored']
            : outcome.kind === 'earlier'
              ? strings['quiz.earlier.link']
              : strings['quiz.startedOver'];
  // An invite or comparison of an earlier edition of the questions says so.
  const edition = (outcome.kind === 'invited' || outcome.kind === 'compared') && outcome.edition;
  const undoable = canUndo && (outcome.kind === 'started-over' || (outcome.kind === 'restored' && outcome.replaced));
  return (
    <div class="quiz__note quiz__note--invite" role="status">
      <p>{text}</p>
      {edition && <p>{fill(strings['mirror.earlier'], { edition })}</p>}
      {undoable && (
        <button type="button" class="button button--quiet" onClick={onUndo}>
          {strings['quiz.undo']}
        </button>
      )}
    </div>
  );
}
