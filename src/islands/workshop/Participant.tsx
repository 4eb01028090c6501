/**
 * A workshop participant's page: the quiz's own role choice, questions and
 * expectations, then a short anonymous code to send to the facilitator.
 * The session comes from the link; answers are kept per session on this
 * device, so a reload or a closed tab loses nothing and the same person
 * always sends under the same respondent id.
 */
import { currentEdition } from '@/lib/quiz/editions';
import { useEffect, useRef, useState } from 'preact/hooks';
import { codeFromHash, pointsOf, sideFromPoints } from '@/lib/quiz/codes';
import { chooseRole, emptyProgress, reviewAnswers, screenOf, type Progress } from '@/lib/quiz/progress';
import { encodeResponse, randomId, sessionFromText } from '@/lib/workshop/codes';
import {
  otherEditions,
  PARTICIPANT_KEY,
  parseParticipations,
  participationFor,
  withParticipation,
  type Participation,
} from '@/lib/workshop/stored';
import { takeEarlyStart } from '../quiz/early-start';
import { Intro } from '../quiz/Intro';
import { linkHash } from '../quiz/link-hash';
import { LinkBox } from '../quiz/LinkBox';
import { CurrentQuestion } from '../quiz/CurrentQuestion';
import { createSafeStorage } from '../quiz/safe-storage';
import { useLazy } from '../quiz/useLazy';
import type { ParticipantProps, WorkshopStrings } from './types';

function Done({
  code,
  strings,
  focusOnMount,
  onChange,
}: {
  code: string;
  strings: WorkshopStrings;
  focusOnMount: boolean;
  onChange: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) box.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  return (
    <div class="workshop-done" ref={box}>
      <LinkBox
        id="response"
        level={2}
        heading={strings['workshop.join.done.heading']}
        body={strings['workshop.join.done.body']}
        label={strings['workshop.join.code.label']}
        link={code}
        copyLabel={strings['workshop.join.code.copy']}
        emailSubject={strings['workshop.join.code.emailSubject']}
        message={strings['workshop.join.code.message']}
        strings={strings}
      />
      <p class="quiz__note">{strings['workshop.join.changeNote']}</p>
      <div class="quiz__actions">
        <button type="button" class="button button--quiet" onClick={onChange}>
          {strings['workshop.join.change']}
        </button>
      </div>
    </div>
  );
}

export default function Participant({ quiz, strings, sessionKeys, quizPath }: ParticipantProps) {
  const [storage] = useState(createSafeStorage);
  // The server renders the role choice; what this device holds takes over after hydration.
  const [hydrated, setHydrated] = useState(false);
  const [me, setMe] = useState<Participation | null>(null);
  const [resumed, setResumed] = useState(false);
  const [interacted, setInteracted] = useState(false);
  // Start was tapped without a role before the island was ready.
  const [startTried, setStartTried] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  /** Keeps this participation first in the device's list, read fresh so other sessions survive. */
  const save = (next: Participation) => {
    const raw = storage.get(PARTICIPANT_KEY);
    const list = parseParticipations(raw, quiz);
    const stored = { edition: currentEdition(quiz).edition, kept: otherEditions(raw, quiz) };
    storage.set(PARTICIPANT_KEY, withParticipation(list, { ...next, updated: Date.now() }, stored));
    setMe(next);
  };

  useEffect(() => {
    // Start tapped before the island was ready: start as that role once the session is known.
    let early = takeEarlyStart();
    const open = () => {
      const list = parseParticipations(storage.get(PARTICIPANT_KEY), quiz);
      const session = sessionFromText(codeFromHash(linkHash(), sessionKeys));
      // Without a session in the link, the most recent one on this device, if any.
      let current = session === null ? (list[0] ?? null) : participationFor(list, session, randomId(), Date.now());
      if (current && early && current.progress.role === null) {
        if (early.role) {
          current = { ...current, progress: chooseRole(current.progress, early.role) };
          save(current);
        } else setStartTried(true);
        setInteracted(true);
      }
      early = null;
      setMe(current);
      setResumed(current !== null && screenOf(current.progress, quiz).kind === 'question');
      setHydrated(true);
    };
    // Another tab of the same session answered: follow it, so neither tab writes over the other.
    const follow = (event: StorageEvent) => {
      if (event.key !== PARTICIPANT_KEY) return;
      const list = parseParticipations(event.newValue ?? undefined, quiz);
      setMe((current) => (current && list.find((p) => p.session === current.session)) ?? current);
    };
    open();
    window.addEventListener('hashchange', open);
    window.addEventListener('storage', follow);
    return () => {
      window.removeEventListener('hashchange', open);
      window.removeEventListener('storage', follow);
    };
  }, []);

  const progress = (hydrated && me?.progress) || emptyProgress;
  const screen = screenOf(progress, quiz);
  const set = (next: Progress) => {
    setInteracted(true);
    setResumed(false);
    if (me) save({ ...me, progress: next });
  };
  const later = useLazy(
    () => import('../quiz/Expectations'),
    screen.kind === 'expectations' || screen.kind === 'question',
  );

  useEffect(() => {
    document.documentElement.dataset.quizScreen = screen.kind;
  }, [screen.kind]);

  // The stored screen is on the page now: show the island that resume-participant.js kept hidden.
  useEffect(() => {
    if (hydrated) delete document.documentElement.dataset.resume;
  }, [hydrated]);

  if (hydrated && !me) {
    return (
      <div class="quiz">
        <p class="quiz__note">
          {strings['workshop.join.noSession']} <a href={quizPath}>{strings['workshop.join.toQuiz']}</a>
        </p>
      </div>
    );
  }

  const code =
    me && screen.kind === 'result' && progress.role
      ? encodeResponse(quiz, me.session, {
          id: me.respondent,
          revision: me.revision,
          side: sideFromPoints(quiz, progress.role, pointsOf(quiz, progress.answers), progress.expectations),
        })
      : null;

  return (
    <div class="quiz">
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {!storage.persistent && hydrated && <p class="quiz__note">{strings['quiz.memoryOnly']}</p>}
      {resumed && <p class="quiz__note">{strings['quiz.resumed']}</p>}
      {screen.kind === 'intro' && (
        <Intro
          // A new key starts the form afresh, asking for the role a too-early Start lacked.
          key={startTried ? 'start-tried' : 'plain'}
          strings={strings}
          initialRole={progress.role}
          hasAnswers={Object.keys(progress.answers).length > 0}
          focusOnMount={interacted}
          startTried={startTried}
          onStart={(role) => set(chooseRole(progress, role))}
        />
      )}
      {screen.kind === 'question' && (
        <CurrentQuestion
          quiz={quiz}
          progress={progress}
          index={screen.index}
          strings={strings}
          announce={setAnnouncement}
          focusOnMount={interacted}
          onMove={set}
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
      {code && me && (
        <Done
          code={code}
          strings={strings}
          focusOnMount={interacted}
          onChange={() => {
            setInteracted(true);
            save({ ...me, revision: Math.min(255, me.revision + 1), progress: reviewAnswers(progress) });
          }}
        />
      )}
    </div>
  );
}
