/**
 * Where a score stands: the number, the scale with its marker, the stage's
 * summary and the note on what a score can say. Rendered by Astro on the
 * public result pages and by the quiz island under the reader's own result;
 * the heading stays with each, since their outlines differ.
 */
import { ScaleChart } from '@/islands/quiz/ScaleChart';
import type { QuizView } from '@/lib/quiz/view';

type Stage = QuizView['stages'][number];

interface Props {
  score: number;
  /** How the score reads when it stands for a range, e.g. a shared bucket's '70–74'. */
  scoreLabel?: string | undefined;
  stage: Stage;
  stages: Stage[];
  /** 'quiz.result.scaleTitle', 'quiz.result.scaleText' (filled in) and 'quiz.result.nuance'. */
  scaleTitle: string;
  scaleText: string;
  nuance: string;
  /** A heading naming the stage, between the scale and the summary (the public page's h2). */
  stageHeading?: string | undefined;
}

export function ResultSummary(props: Props) {
  const { score, scoreLabel, stage, stages, scaleTitle, scaleText, nuance, stageHeading } = props;
  return (
    <>
      <p class="quiz__score">
        <strong>{scoreLabel ?? score}</strong>
        <span> / 100</span>
      </p>
      <ScaleChart stages={stages} score={score} label={scoreLabel} title={scaleTitle} description={scaleText} />
      {stageHeading && <h2>{stageHeading}</h2>}
      <p class="quiz__summary">{stage.summary}</p>
      <p class="quiz__nuance">{nuance}</p>
    </>
  );
}
