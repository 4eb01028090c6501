import { ShareList } from '@/components/shared/ShareList';
import { track } from '@/lib/analytics';
import type { QuizStrings, SharedResult } from './types';
import { useCopy } from './useCopy';

interface Props {
  result: SharedResult;
  campaign: string;
  strings: QuizStrings;
}

/**
 * Share the result's public page (the same targets as an essay's), and the
 * image for posting by hand. Only the bucket's page is shared, nothing personal.
 */
export function ShareResult({ result, campaign, strings }: Props) {
  const { status, copy } = useCopy(strings['share.copied'], strings['share.copyFailed']);
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  return (
    <section class="share" aria-labelledby="share-result-heading">
      <h3 id="share-result-heading">{strings['share.resultHeading']}</h3>
      <ShareList
        input={{ url: result.url, title: result.title, message: result.message, campaign }}
        strings={strings}
        status={status}
        onShared={(network) => track('share_clicked', { network })}
        onCopy={(url) => void copy(url)}
        {...(canShare ? { onSystemShare: (url: string) => void navigator.share({ url }).catch(() => {}) } : {})}
      />
      <p class="share__more">
        <a href={result.image} download>
          {strings['share.download']}
        </a>
        <a href={result.url}>{strings['share.publicPage']}</a>
      </p>
    </section>
  );
}
