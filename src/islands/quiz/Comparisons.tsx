import type { Comparison } from '@/lib/quiz/state';
import { Compare } from './Compare';
import type { QuizProps } from './types';

interface Props extends QuizProps {
  comparisons: Comparison[];
  /** The comparison a link just brought, shown first. */
  highlight: string | null;
}

/** Every comparison the reader has, newest (or just opened) first. Loaded on demand (later.ts). */
export function Comparisons({ comparisons, highlight, ...props }: Props) {
  const ordered = [...comparisons].sort((a, b) => Number(b.id === highlight) - Number(a.id === highlight));
  return (
    <div class="comparisons">
      {ordered.map((comparison, i) => (
        <Compare key={comparison.id} {...props} comparison={comparison} position={i} />
      ))}
    </div>
  );
}
