import { fill } from '@/i18n/fill';
import type { Role } from '@/lib/quiz/roles';
import type { QuizProps } from './types';

/** One dimension's advice for one side of the table: how it looks, one step, and the essay section on it. */
export function DimensionAdvice(props: {
  dimension: QuizProps['quiz']['dimensions'][number];
  role: Role;
  strings: QuizProps['strings'];
  level: 3 | 4;
  heading?: string;
}) {
  const { dimension, role, strings } = props;
  const Heading = props.level === 3 ? 'h3' : 'h4';
  const advice = dimension.weakest[role];
  return (
    <div class="weak-dimension">
      <Heading class="weak-dimension__name">{props.heading ?? dimension.name}</Heading>
      <p>{advice.looks}</p>
      <p>
        <strong>{strings['quiz.result.weakest.step']}</strong> {advice.step}
      </p>
      <p class="quiz__read-next">
        <span class="label">{strings['quiz.result.weakest.read']}</span>
        <a href={dimension.passage.href}>
          {fill(strings['quiz.result.weakest.passage'], {
            essay: dimension.passage.essay,
            heading: dimension.passage.heading,
          })}
        </a>
      </p>
    </div>
  );
}
