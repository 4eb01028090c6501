import { fill } from '../../i18n/fill';
import { track } from '../../lib/analytics';
import { networks, shareHref, taggedUrl, type Network } from '../../lib/share';
import type { QuizStrings, SharedResult } from './types';
import { useCopy } from './useCopy';

interface Props {
  result: SharedResult;
  campaign: string;
  strings: QuizStrings;
}

/**
 * Share the result's public page: the networks as plain links, copy link
 * with a confirmation, the system share sheet where there is one, and the
 * image for posting by hand. Only the bucket's page is shared, nothing personal.
 */
export function ShareResult({ result, campaign, strings }: Props) {
  const { status, copy } = useCopy(strings['share.copied'], strings['share.copyFailed']);
  const input = { url: result.url, title: result.title, message: result.message, campaign };
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  return (
    <section class="share" aria-labelledby="share-result-heading">
      <h3 id="share-result-heading">{strings['share.resultHeading']}</h3>
      <ul class="share__list">
        {networks.map((network: Network) => (
          <li key={network}>
            <a
              class="pill"
              href={shareHref(network, input)}
              aria-label={fill(strings['share.via'], { network: strings[`share.${network}`] })}
              onClick={() => track('share_clicked', { network })}
              {...(network === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              {strings[`share.${network}`]}
            </a>
          </li>
        ))}
        <li>
          <button class="pill" type="button" onClick={() => { track('share_clicked', { network: 'copy' }); void copy(taggedUrl(result.url, 'copy', campaign)); }}>
            {strings['share.copy']}
          </button>
        </li>
        {canShare && (
          <li>
            <button class="pill" type="button" onClick={() => { track('share_clicked', { network: 'system' }); navigator.share({ url: taggedUrl(result.url, 'system', campaign) }).catch(() => {}); }}>
              {strings['share.system']}
            </button>
          </li>
        )}
      </ul>
      <p class="share__status" role="status">{status}</p>
      <p class="share__more">
        <a href={result.image} download>{strings['share.download']}</a>
        <a href={result.url}>{strings['share.publicPage']}</a>
      </p>
    </section>
  );
}
