import { mailtoHref, whatsappHref } from '@/lib/share';
import type { QuizStrings } from './types';
import { useCopy } from './useCopy';

interface Props {
  id: string;
  heading: string;
  body: string;
  label: string;
  link: string;
  copyLabel: string;
  emailSubject: string;
  /** The sentence before the link in an e-mail or WhatsApp message. */
  message: string;
  strings: Pick<QuizStrings, 'share.copied' | 'share.copyFailed' | 'mirror.email' | 'mirror.whatsapp' | 'share.system'>;
  /** The heading's level where the box stands alone on a page: 2; inside a result: 3. */
  level?: 2 | 3;
  /** Called when the reader sends or copies the link (for counting invites). */
  onSend?: () => void;
}

/**
 * A link made for one person: shown in a field (selected on focus, so it can
 * be copied by hand where the clipboard is refused), with copy, e-mail,
 * WhatsApp and the system share sheet where the browser has one. The link
 * passes through whichever app the reader picks; the page says what it holds.
 */
export function LinkBox(props: Props) {
  const { id, heading, body, label, link, copyLabel, emailSubject, message, strings, onSend, level = 3 } = props;
  const Heading = level === 2 ? 'h2' : 'h3';
  const { status, copy } = useCopy(strings['share.copied'], strings['share.copyFailed']);
  const text = `${message}\n\n${link}`;
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  return (
    <section class="mirror" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} tabIndex={-1}>
        {heading}
      </Heading>
      <p>{body}</p>
      <label class="mirror__label" for={`${id}-link`}>
        {label}
      </label>
      <input
        id={`${id}-link`}
        class="mirror__link"
        type="text"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <ul class="share__list">
        <li>
          <button
            class="pill"
            type="button"
            onClick={() => {
              onSend?.();
              void copy(link);
            }}
          >
            {copyLabel}
          </button>
        </li>
        <li>
          <a class="pill" href={mailtoHref(emailSubject, text)} onClick={onSend}>
            {strings['mirror.email']}
          </a>
        </li>
        <li>
          <a class="pill" href={whatsappHref(text)} target="_blank" rel="noopener noreferrer" onClick={onSend}>
            {strings['mirror.whatsapp']}
          </a>
        </li>
        {canShare && (
          <li>
            <button
              class="pill"
              type="button"
              onClick={() => {
                onSend?.();
                void navigator.share({ title: emailSubject, text: message, url: link }).catch(() => {});
              }}
            >
              {strings['share.system']}
            </button>
          </li>
        )}
      </ul>
      <p class="share__status" role="status">
        {status}
      </p>
    </section>
  );
}
