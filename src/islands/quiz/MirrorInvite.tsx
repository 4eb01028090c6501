import { track } from '@/lib/analytics';
import { encodeInvite, type Side } from '@/lib/quiz/codes';
import type { QuizView } from '@/lib/quiz/view';
import { LinkBox } from './LinkBox';
import type { QuizStrings } from './types';

interface Props {
  quiz: QuizView;
  side: Side;
  quizUrl: string;
  inviteKey: string;
  strings: QuizStrings;
}

/** The invite for the other side: a link whose fragment holds only this side's role, scores and expectations. */
export function MirrorInvite({ quiz, side, quizUrl, inviteKey, strings }: Props) {
  return (
    <LinkBox
      id="mirror"
      heading={strings['mirror.heading']}
      body={`${strings[`mirror.body.${side.role}`]} ${strings['mirror.contains']}`}
      label={strings['mirror.linkLabel']}
      link={`${quizUrl}#${inviteKey}=${encodeInvite(quiz, side)}`}
      copyLabel={strings['mirror.copy']}
      emailSubject={strings['mirror.emailSubject']}
      message={strings['mirror.message']}
      strings={strings}
      onSend={() => track('invite_created', { role: side.role })}
    />
  );
}
