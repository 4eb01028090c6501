/**
 * The share targets of a page: a plain link per network (they work without
 * JavaScript), "copy link" and the system share sheet. One version for both
 * worlds: Astro renders it to static HTML on essays and result pages, where
 * the inline share script wires the buttons through their data attributes;
 * the quiz island renders it live and passes its own handlers. The
 * networks' icons are CSS masks (base.css), so they cost the island nothing.
 */
import type { KeysWithPrefix } from '@/i18n';
import { fill } from '@/i18n/fill';
import { networks, shareHref, taggedUrl, type Network, type ShareInput, type ShareSource } from '@/lib/share';

export type ShareStrings = Record<KeysWithPrefix<'share.'>, string>;

interface Props {
  input: ShareInput;
  strings: ShareStrings;
  /** Extra attributes per link, e.g. an analytics service's click classes. */
  linkAttributes?: (network: Network) => Record<string, string>;
  /** Live handlers (the island); without them the inline script takes the clicks. */
  onShared?: (source: ShareSource) => void;
  onCopy?: (url: string) => void;
  onSystemShare?: (url: string) => void;
  /** The confirmation after copying; static pages fill it from the data attributes. */
  status?: string;
}

export function ShareList({ input, strings, linkAttributes, onShared, onCopy, onSystemShare, status = '' }: Props) {
  const copyUrl = taggedUrl(input.url, 'copy', input.campaign);
  const systemUrl = taggedUrl(input.url, 'system', input.campaign);
  const live = Boolean(onCopy);
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
      <p
        class="share__status"
        role="status"
        {...(live ? {} : { 'data-copied': strings['share.copied'], 'data-failed': strings['share.copyFailed'] })}
      >
        {status}
      </p>
    </>
  );
}
