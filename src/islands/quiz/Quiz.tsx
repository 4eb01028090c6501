/**
 * The partnership quiz island: introduction and role, one question per
 * screen, the optional expectations of the other side, then the result and
 * every comparison the reader has. State lives in a nanostore kept in
 * storage (store.ts); the moves on it are the pure functions of
 * lib/quiz/progress and lib/quiz/state.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { track } from '@/lib/analytics';
import { otherRole } from '@/lib/quiz/codes';
import { chooseRole, reviewAnswers, screenOf, type Progress } from '@/lib/quiz/progress';
import type { Role } from '@/lib/quiz/roles';
import { scoreAnswers } from '@/lib/quiz/scoring';
import { emptyState, openLink, ownSide, startOver, undo, withProgress, type LinkOutcome } from '@/lib/quiz/state';
import { takeEarlyStart } from './early-start';
import { Intro } from './Intro';
import { linkHash } from './link-hash';
import { LinkNote, type Note } from './LinkNote';
import { CurrentQuestion } from './CurrentQuestion';
import { createQuizStore, type QuizStore } from './store';
import type { QuizProps } from './types';
import { useLazy } from './useLazy';

export default function Quiz(props: QuizProps) {
  const { quiz, strings } = props;
  const [store] = useState<QuizStore>(() => createQuizStore(quiz));
  const stored = useStore(store.$state);
  // The server renders the introduction; the stored state takes over after
  // hydration, so the first client render matches the server's HTML.
  const [hydrated, setHydrated] = useState(false);
  const [resumed, setResumed] = useState(false);
  const [outcome, setOutcome] = useState<Note>({ kind: 'none' });
  // Focus follows the reader's own moves only, not the page load.
  const [interacted, setInteracted] = useState(false);
  // Back from question 1 clears the stored role; the introduction still shows the one the reader had.
  const [lastRole, setLastRole] = useState<Role | null>(null);
  // Start was tapped without a role before the island was ready.
  const [startTried, setStartTried] = useState(false);

  // A link in the fragment (an invite, a reply, a result) adds to what the
  // reader has; read on arrival and whenever a new one is pasted into this tab.
  useEffect(() => {
    const open = () => {
      let result = { kind: 'none' } as LinkOutcome;
      store.update((state) => {
        const opened = openLink(state, linkHash(), props.linkKeys.all, quiz);
        result = opened.outcome;
        return opened.state;
      });
      if (result.kind === 'invited') track('invite_opened', { role: result.side.role });
      setOutcome(result);
      if (result.kind !== 'none') document.documentElement.dataset.quizInvite = '';
    };
    open();
    // Start tapped before the island was ready: do now what the ready island
    // would have done, with the role the reader chose or the invite chooses.
    const early = takeEarlyStart();
    const opened = store.$state.get();
    if (early && opened.progress.role === null) {
      const invitedBy = opened.invitations[0]?.side.role;
      const role = early.role ?? (invitedBy ? otherRole(invitedBy) : null);
      if (role) {
        track('quiz_started', { role });
        store.update((latest) => withProgress(latest, chooseRole(latest.progress, role), quiz));
      } else setStartTried(true);
      setInteracted(true);
    }
    setHydrated(true);
    setResumed(screenOf(store.$state.get().progress, quiz).kind === 'question');
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);

  // The stored screen is on the page now: show the island that resume.js kept hidden.
  useEffect(() => {
    if (hydrated) delete document.documentElement.dataset.resume;
  }, [hydrated]);

  const state = hydrated ? stored : emptyState;
  const { progress } = state;
  const screen = screenOf(progress, quiz);
  const set = (next: Progress) => {
    setResumed(false);
    setInteracted(true);
    store.update((latest) => withProgress(latest, next, quiz));
  };

  // Lets the page's CSS tuck the static introduction away during the questions.
  // A layout effect: the question measures where it stands in its own effect, after this.
  useLayoutEffect(() => {
    document.documentElement.dataset.quizScreen = screen.kind;
  }, [screen.kind]);

  const [announcement, setAnnouncement] = useState('');
  const announce = (message: string) => setAnnouncement(message);
  const invitedBy = state.invitations[0]?.side.role ?? null;
  const me = ownSide(state, quiz);
  const showComparisons = (screen.kind === 'intro' || screen.kind === 'result') && state.comparisons.length > 0;
  const showEarlier = (screen.kind === 'intro' || screen.kind === 'result') && state.earlier.length > 0;
  // Fetched from the last question on, so the step after it appears at once.
  const onLastQuestion = screen.kind === 'question' && screen.index === quiz.questions.length - 1;
  const later = useLazy(
    () => import('./later'),
    onLastQuestion || screen.kind === 'expectations' || screen.kind === 'result' || showComparisons || showEarlier,
  );

  return (
    <div class="quiz">
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {!store.persistent && hydrated && <p class="quiz__note">{strings['quiz.memoryOnly']}</p>}
      {resumed && <p class="quiz__note">{strings['quiz.resumed']}</p>}
      <LinkNote
        outcome={outcome}
        strings={strings}
        canUndo={state.undo !== null}
        onUndo={() => {
          setOutcome({ kind: 'none' });
          store.update((latest) => undo(latest, quiz));
        }}
      />
      {showComparisons && later && (
        <later.Comparisons
          {...props}
          comparisons={state.comparisons}
          highlight={outcome.kind === 'compared' ? outcome.id : null}
        />
      )}

      {screen.kind === 'intro' && (
        <Intro
          // A new key starts the form afresh: with an invite's role, or asking for the one a too-early Start lacked.
          key={invitedBy ?? (startTried ? 'start-tried' : 'plain')}
          strings={strings}
          initialRole={progress.role ?? lastRole ?? (invitedBy ? otherRole(invitedBy) : null)}
          hasAnswers={Object.keys(progress.answers).length > 0}
          focusOnMount={interacted}
          startTried={startTried}
          onStart={(role) => {
            track('quiz_started', { role });
            set(chooseRole(progress, role));
          }}
        />
      )}
      {screen.kind === 'question' && (
        <CurrentQuestion
          quiz={quiz}
          progress={progress}
          index={screen.index}
          strings={strings}
          announce={announce}
          focusOnMount={interacted}
          onMove={(next) => {
            if (next.finished && !progress.finished) {
              track('quiz_finished', { role: next.role ?? '', stage: scoreAnswers(quiz, next.answers).stageId });
            }
            // Back from question 1 clears the role; the introduction offers it again.
            if (next.role === null) setLastRole(progress.role);
            set(next);
          }}
        />
      )}
      {screen.kind === 'expectations' && progress.role && later && (
        <later.Expectations
          quiz={quiz}
          progress={{ ...progress, role: progress.role }}
          strings={strings}
          focusOnMount={interacted}
          onMove={set}
        />
      )}
      {screen.kind === 'result' && progress.role && me && later && (
        <later.Result
          {...props}
          answers={progress.answers}
          role={progress.role}
          side={me}
          expectations={progress.expectations}
          announce={announce}
          focusOnMount={interacted}
          onReview={() => set(reviewAnswers(progress))}
          onRestart={() => {
            setInteracted(true);
            setOutcome({ kind: 'started-over' });
            store.update(startOver);
          }}
        />
      )}
      {showEarlier && later && <later.EarlierResults quiz={quiz} strings={strings} results={state.earlier} />}
    </div>
  );
}
