/**
 * The partnership quiz island: introduction and role, one question per
 * screen, then the result. State lives in a persistent nanostore; the
 * moves on it are the pure functions of lib/quiz/progress.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import {
  answer,
  chooseRole,
  emptyProgress,
  goBack,
  goNext,
  reviewAnswers,
  screenOf,
  type Progress,
} from '@/lib/quiz/progress';
import { track } from '@/lib/analytics';
import { decodeInvite, inviteFromHash, otherRole, type DecodedInvite } from '@/lib/quiz/invite';
import { ROLES, type Role } from '@/lib/quiz/roles';
import { scoreAnswers } from '@/lib/quiz/scoring';
import { Intro } from './Intro';
import { Question } from './Question';
import { Result } from './Result';
import { createQuizStore, type QuizStore } from './store';
import type { QuizProps } from './types';

export default function Quiz(props: QuizProps) {
  const { quiz, strings } = props;
  const [store] = useState<QuizStore>(() => createQuizStore(quiz));
  const stored = useStore(store.$progress);
  // The server renders the introduction; the stored progress takes over after
  // hydration, so the first client render matches the server's HTML.
  const [hydrated, setHydrated] = useState(false);
  const [resumed, setResumed] = useState(false);
  // An invite from the other side arrives in the URL fragment, read once.
  const [invite, setInvite] = useState<DecodedInvite | null>(null);
  // Focus follows the reader's own moves only, not the page load.
  const [interacted, setInteracted] = useState(false);
  // Back from question 1 clears the stored role; the introduction still shows the one the reader had.
  const [lastRole, setLastRole] = useState<Role | null>(null);
  useEffect(() => {
    const code = inviteFromHash(location.hash, props.inviteKeys);
    const decoded = code === null ? null : decodeInvite(code, quiz.dimensions.length);
    if (decoded?.ok) {
      track('invite_opened', { role: decoded.invite.role });
      // A fresh quiz for the other side, unless the reader is already answering as it.
      if (store.$progress.get().role !== otherRole(decoded.invite.role)) store.$progress.set(emptyProgress);
    }
    setInvite(decoded);
    if (decoded) document.documentElement.dataset.quizInvite = '';
    // Start tapped before the island was ready: the form went out as ?role=…; start as that role now.
    const query = new URLSearchParams(location.search);
    const role = query.get('role') as Role | null;
    if (role && ROLES.includes(role) && store.$progress.get().role === null) {
      track('quiz_started', { role });
      store.$progress.set(chooseRole(store.$progress.get(), role));
      setInteracted(true);
    }
    if (query.has('role')) history.replaceState(history.state, '', location.pathname + location.hash);
    setHydrated(true);
    setResumed(screenOf(store.$progress.get(), quiz).kind !== 'intro');
  }, []);

  const progress = hydrated ? stored : emptyProgress;
  const screen = screenOf(progress, quiz);
  const set = (next: Progress) => {
    setResumed(false);
    setInteracted(true);
    store.$progress.set(next);
  };

  // Lets the page's CSS tuck the static introduction away during the questions.
  // A layout effect: the question measures where it stands in its own effect, after this.
  useLayoutEffect(() => {
    document.documentElement.dataset.quizScreen = screen.kind;
  }, [screen.kind]);

  const [announcement, setAnnouncement] = useState('');
  const announce = (message: string) => setAnnouncement(message);

  return (
    <div class="quiz">
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {!store.persistent && hydrated && <p class="quiz__note">{strings['quiz.memoryOnly']}</p>}
      {resumed && screen.kind !== 'intro' && <p class="quiz__note">{strings['quiz.resumed']}</p>}
      {invite && (
        <p
          class={invite.ok ? 'quiz__note quiz__note--invite' : 'quiz__note quiz__note--warning'}
          role={invite.ok ? undefined : 'alert'}
        >
          {invite.ok ? strings[`mirror.invited.${invite.invite.role}`] : strings['mirror.broken']}
        </p>
      )}

      {screen.kind === 'intro' && (
        <Intro
          key={invite?.ok ? 'invited' : 'plain'}
          strings={strings}
          initialRole={progress.role ?? lastRole ?? (invite?.ok ? otherRole(invite.invite.role) : null)}
          hasAnswers={Object.keys(progress.answers).length > 0}
          focusOnMount={interacted}
          onStart={(role) => {
            track('quiz_started', { role });
            set(chooseRole(progress, role));
          }}
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
          onAnswer={(questionId, optionId) => {
            const next = goNext(answer(progress, questionId, optionId), quiz);
            if (next.finished && !progress.finished) {
              track('quiz_finished', { role: next.role ?? '', stage: scoreAnswers(quiz, next.answers).stageId });
            }
            set(next);
          }}
          onBack={() => {
            setLastRole(progress.role);
            set(goBack(progress));
          }}
        />
      )}
      {screen.kind === 'result' && progress.role && (
        <Result
          {...props}
          answers={progress.answers}
          role={progress.role}
          invite={invite?.ok ? invite.invite : null}
          announce={announce}
          focusOnMount={interacted}
          onReview={() => set(reviewAnswers(progress))}
          onRestart={() => set(emptyProgress)}
        />
      )}
    </div>
  );
}
