import { track } from '@/lib/analytics';
import { encodeInvite } from '@/lib/quiz/invite';
import type { Role } from '@/lib/quiz/roles';
import { mailtoHref, whatsappHref } from '@/lib/share';
import type { QuizStrings } from './types';
import { useCopy } from './useCopy';

interface Props {
  role: Role;
  overall: number;
  dimensions: number[];
  quizUrl: string;
  inviteKey: string;
  strings: QuizStrings;
}

/** The invite for the other side: a link whose fragment holds only role and scores. */
export function MirrorInvite({ role, overall, dimensions, quizUrl, inviteKey, strings }: Props) {
  const link = `${quizUrl}#${inviteKey}=${encodeInvite({ role, overall, dimensions })}`;
  const { status, copy } = useCopy(strings['share.copied'], strings['share.copyFailed']);
  const message = `${strings['mirror.message']}\n\n${link}`;
  const created = () => track('invite_created', { role });
  return (
    <section class="mirror" aria-labelledby="mirror-heading">
      <h3 id="mirror-heading">{strings['mirror.heading']}</h3>
      <p>{strings[`mirror.body.${role}`]}</p>
      <label class="mirror__label" for="mirror-link">
        {strings['mirror.linkLabel']}
      </label>
      <input
        id="mirror-link"
        class="mirror__link"
        type="text"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p class="mirror__contains">{strings['mirror.contains']}</p>
      <ul class="share__list">
        <li>
          <button
            class="pill"
            type="button"
            onClick={() => {
              created();
              void copy(link);
            }}
          >
            {strings['mirror.copy']}
          </button>
        </li>
        <li>
          <a class="pill" href={mailtoHref(strings['mirror.emailSubject'], message)} onClick={created}>
            {strings['mirror.email']}
          </a>
        </li>
        <li>
          <a class="pill" href={whatsappHref(message)} target="_blank" rel="noopener noreferrer" onClick={created}>
            {strings['mirror.whatsapp']}
          </a>
        </li>
      </ul>
      <p class="share__status" role="status">
        {status}
      </p>
    </section>
  );
}
