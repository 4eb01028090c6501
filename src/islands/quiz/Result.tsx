import { useEffect, useMemo, useRef } from 'preact/hooks';
import { fill } from '@/i18n/fill';
import { spelledNumber } from '@/i18n/numbers';
import { bucketOf, BUCKET_SIZE } from '@/lib/quiz/buckets';
import { encodeResult, type Side } from '@/lib/quiz/codes';
import type { Role } from '@/lib/quiz/roles';
import { scoreAnswers, stageFor, type Answers } from '@/lib/quiz/scoring';
import { weakestDimensions } from '@/lib/quiz/weakest';
import { DimensionAdvice } from './DimensionAdvice';
import { ContactBlock } from '@/components/shared/ContactBlock';
import { ResultSummary } from '@/components/shared/ResultSummary';
import { LinkBox } from './LinkBox';
import { MirrorInvite } from './MirrorInvite';
import { PrintFooter } from './PrintFooter';
import { printOnly } from './printing';
import { ShareResult } from './ShareResult';
import type { QuizProps } from './types';

interface Props extends QuizProps {
  answers: Answers;
  role: Role;
  /** The reader's side, as invites and comparisons carry it. */
  side: Side;
  expectations: number[] | null;
  announce: (message: string) => void;
  focusOnMount: boolean;
  onReview: () => void;
  onRestart: () => void;
}

/** Where the relationship stands, why, and what the reader can do next. */
export function Result(props: Props) {
  const { quiz, answers, role, side, expectations, strings, contact, announce, focusOnMount, onReview, onRestart } =
    props;
  const resultLink = `${props.quizUrl}#${props.linkKeys.result}=${encodeResult(quiz, { role, answers, expectations })}`;
  const score = useMemo(() => scoreAnswers(quiz, answers), [quiz, answers]);
  const stage = quiz.stages.find((s) => s.id === score.stageId)!;
  const heading = useRef<HTMLHeadingElement>(null);
  const title = fill(strings['quiz.result.heading'], { stage: stage.name });
  // Every dimension rests on the same number of answers today; say so only while that holds.
  const counts = new Set(quiz.dimensions.map((d) => quiz.questions.filter((q) => q.dimension === d.id).length));
  const answersPerDimension = counts.size === 1 ? [...counts][0] : undefined;
  const scaleText = fill(strings['quiz.result.scaleText'], {
    score: score.overall,
    stage: stage.name,
    from: stage.from,
    to: stage.to,
  });

  useEffect(() => {
    announce(`${title}. ${scaleText}`);
    if (focusOnMount) heading.current?.focus();
  }, []);

  return (
    <section class="quiz__result" aria-labelledby="result-heading">
      <p class="label label--accent">{strings['quiz.result.kicker']}</p>
      <h2 id="result-heading" class="quiz__result-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <ResultSummary
        score={score.overall}
        stage={stage}
        stages={quiz.stages}
        scaleTitle={strings['quiz.result.scaleTitle']}
        scaleText={scaleText}
        nuance={strings['quiz.result.nuance']}
      />
      <p class="quiz__role-note">{strings[`quiz.result.role.${role}`]}</p>

      <h3>{strings['quiz.result.dimensions']}</h3>
      {answersPerDimension && (
        <p class="quiz__nuance">
          {fill(strings['quiz.result.dimensionsNote'], {
            count: spelledNumber(strings['quiz.numberWords'], answersPerDimension),
          })}{' '}
          <a href="#quiz-method">{strings['quiz.result.method']}</a>
        </p>
      )}
      <ul class="dimensions">
        {quiz.dimensions.map((dimension) => {
          const value = score.dimensions[dimension.id] ?? 0;
          return (
            <li key={dimension.id} class="dimension">
              <span class="dimension__name">{dimension.name}</span>
              {/* A stage, not a number: two answers make a direction, not a measurement. */}
              <span class="dimension__value">{stageFor(quiz.stages, value).name}</span>
              <span class="dimension__bar" aria-hidden="true">
                <span style={{ width: `${value}%` }} />
              </span>
            </li>
          );
        })}
      </ul>

      <WeakestAdvice quiz={quiz} role={role} scores={side.dimensions} strings={strings} />

      <h3>{strings[`quiz.result.advice.${role}`]}</h3>
      <ol class="advice">
        {stage.advice[role].map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>

      <p class="quiz__read-next">
        <span class="label">{strings['quiz.result.readNext']}</span>
        <a href={stage.essay.href}>{stage.essay.title}</a>
      </p>

      <ShareResult
        result={props.results[bucketOf(score.overall) / BUCKET_SIZE]!}
        campaign={props.campaign}
        strings={strings}
      />

      <MirrorInvite
        quiz={quiz}
        side={side}
        quizUrl={props.quizUrl}
        inviteKey={props.linkKeys.invite}
        strings={strings}
      />

      <LinkBox
        id="result-link"
        heading={strings['quiz.resultLink.heading']}
        body={strings['quiz.resultLink.body']}
        label={strings['quiz.resultLink.label']}
        link={resultLink}
        copyLabel={strings['quiz.resultLink.copy']}
        emailSubject={strings['quiz.resultLink.emailSubject']}
        message={strings['quiz.resultLink.message']}
        strings={strings}
      />

      <ContactBlock {...contact} level={3} />

      <div class="quiz__actions">
        <button type="button" class="button button--quiet" onClick={onReview}>
          {strings['quiz.result.review']}
        </button>
        <button type="button" class="button button--quiet" onClick={onRestart}>
          {strings['quiz.restart']}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printOnly('result')}>
          {strings['quiz.result.print']}
        </button>
      </div>
      <PrintFooter link={resultLink} />
    </section>
  );
}

interface WeakestProps {
  quiz: QuizProps['quiz'];
  role: Role;
  /** The reader's score per dimension, in the quiz's dimension order. */
  scores: number[];
  strings: QuizProps['strings'];
}

/** The advice leads with the one or two dimensions where this relationship is weakest. */
function WeakestAdvice({ quiz, role, scores, strings }: WeakestProps) {
  const weakest = weakestDimensions(scores);
  if (weakest.length === 0) return null;
  return (
    <section class="weakest" aria-labelledby="weakest-heading">
      <h3 id="weakest-heading">{strings['quiz.result.weakest.heading']}</h3>
      <p class="quiz__nuance">
        {fill(strings['quiz.result.weakest.intro'], {
          count: spelledNumber(strings['quiz.numberWords'], quiz.dimensions.length),
        })}
      </p>
      {weakest.map((index) => (
        <DimensionAdvice key={index} dimension={quiz.dimensions[index]!} role={role} strings={strings} level={4} />
      ))}
    </section>
  );
}
