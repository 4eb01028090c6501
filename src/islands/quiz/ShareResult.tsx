import { useState } from 'preact/hooks';
import { ShareList } from '@/components/shared/ShareList';
import { fill } from '@/i18n/fill';
import { track } from '@/lib/analytics';
import { shareWithCard } from '@/lib/share-sheet';
import type { QuizStrings, SharedResult } from './types';
import { useCopy } from './useCopy';

interface Props {
  result: SharedResult;
  campaign: string;
  strings: QuizStrings;
}

/**
 * Share the result's stage page (a position, no score) or, if the reader
 * ticks it, the bucket's page with the score; and the card for posting by
 * hand. Only public pages are shared, nothing personal.
 */
export function ShareResult({ result, campaign, strings }: Props) {
  const { status, failed, copy } = useCopy(strings['share.copied'], strings['share.copyFailed']);
  const [withScore, setWithScore] = useState(false);
  const shared = withScore ? result.withScore : result;
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  return (
    <section class="share" aria-labelledby="share-result-heading">
      <h3 id="share-result-heading">{strings['share.resultHeading']}</h3>
      <label class="share__option">
        <input type="checkbox" checked={withScore} onChange={(e) => setWithScore(e.currentTarget.checked)} />
        <span>
          {fill(strings['share.withScore'], { score: result.withScore.label })}
          <small>{strings['share.withScoreHint']}</small>
        </span>
      </label>
      <ShareList
        input={{ url: shared.url, title: shared.title, message: shared.message, post: shared.post, campaign }}
        image={shared.image}
        strings={strings}
        status={failed ? '' : status}
        copyFailed={failed}
        onShared={(network) => track('share_clicked', { network })}
        onCopy={(url) => void copy(url)}
        {...(canShare
          ? { onSystemShare: (url: string) => void shareWithCard({ url, text: shared.message }, shared.image) }
          : {})}
      />
      <p class="share__more">
        <a href={shared.image} download>
          {strings['share.download']}
        </a>
        <a href={shared.url}>{strings['share.publicPage']}</a>
      </p>
    </section>
  );
}
