/**
 * The share targets of a page: a plain link per network (they work without
 * JavaScript), "copy link" and the system share sheet. One version for both
 * worlds: Astro renders it to static HTML on essays, stage and result pages,
 * where the inline share script wires the buttons through their data
 * attributes; the quiz island renders it live and passes its own handlers.
 * The networks' icons are CSS masks (base.css), so they cost the island
 * nothing.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { KeysWithPrefix } from '@/i18n';
import { fill } from '@/i18n/fill';
import { networks, shareHref, taggedUrl, type Network, type ShareInput, type ShareSource } from '@/lib/share';

export type ShareStrings = Record<KeysWithPrefix<'share.'>, string>;

interface Props {
  input: ShareInput;
  /** Root-relative path of the page's card: the system share sheet sends it as a file where it can. */
  image: string;
  strings: ShareStrings;
  /** Extra attributes per link, e.g. an analytics service's click classes. */
  linkAttributes?: (network: Network) => Record<string, string>;
  /** Live handlers (the island); without them the inline script takes the clicks. */
  onShared?: (source: ShareSource) => void;
  onCopy?: (url: string) => void;
  onSystemShare?: (url: string) => void;
  /** The confirmation after copying; on static pages the script takes it from the copy button. */
  status?: string;
  /** Live: copying failed, so the link is shown, selected, for copying by hand. */
  copyFailed?: boolean;
}

export function ShareList(props: Props) {
  const { input, image, strings, linkAttributes, onShared, onCopy, onSystemShare, status = '', copyFailed } = props;
  const copyUrl = taggedUrl(input.url, 'copy', input.campaign);
  const systemUrl = taggedUrl(input.url, 'system', input.campaign);
  const live = Boolean(onCopy);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (copyFailed) field.current?.select();
  }, [copyFailed]);
  return (
    <>
      <ul class="share__list">
        {networks.map((network) => {
          const { class: extraClass, ...attributes } = linkAttributes?.(network) ?? {};
          return (
            <li key={network}>
              <a
                {...attributes}
                class={['pill', extraClass].filter(Boolean).join(' ')}
                href={shareHref(network, input)}
                data-network={network}
                aria-label={fill(strings['share.via'], { network: strings[`share.${network}`] })}
                onClick={onShared && (() => onShared(network))}
                {...(network === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
              >
                {strings[`share.${network}`]}
              </a>
            </li>
          );
        })}
        <li class="share__js">
          <button
            class="pill"
            type="button"
            data-url={copyUrl}
            {...(live ? {} : { 'data-copied': strings['share.copied'] })}
            onClick={
              onCopy &&
              (() => {
                onShared?.('copy');
                onCopy(copyUrl);
              })
            }
          >
            {strings['share.copy']}
          </button>
        </li>
        {/* Shown by the inline script, or by the island, where navigator.share exists. */}
        <li class="share__js">
          <button
            class="pill"
            type="button"
            data-web-share
            hidden={!onSystemShare}
            data-url={systemUrl}
            data-text={input.message}
            data-image={image}
            onClick={
              onSystemShare &&
              (() => {
                onShared?.('system');
                onSystemShare(systemUrl);
              })
            }
          >
            {strings['share.system']}
          </button>
        </li>
      </ul>
      <p class="share__status" role="status">
        {status}
      </p>
      {/* Where the clipboard is refused (in-app browsers), the link to copy by hand; its label says why. */}
      <label class="share__fallback" hidden={!copyFailed}>
        <span>{strings['share.copyFailed']}</span>
        <input type="text" readOnly value={copyUrl} ref={field} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </>
  );
}
