/**
 * One comparison, made to be put on the table in a meeting: a sentence with
 * the main finding, each side's stage, how well each side predicted the
 * other, then one scale per dimension (largest gap first) with both answers
 * and both expectations marked by shape as well as colour, the conversation
 * starters of the two largest gaps, the essay that goes with it, and, for
 * the invited side, the link that shows the inviter the same view.
 * Loaded on demand (Comparisons.tsx).
 */
import { fill } from '@/i18n/fill';
import { blindSpots, compareSides, GAP_THRESHOLD, listeningScore, mainFinding } from '@/lib/quiz/listening';
import { stageFor } from '@/lib/quiz/scoring';
import type { Comparison } from '@/lib/quiz/state';
import { LinkBox } from './LinkBox';
import { DimensionAdvice } from './DimensionAdvice';
import { PrintFooter } from './PrintFooter';
import { printOnly } from './printing';
import type { QuizProps } from './types';

export interface CompareProps extends QuizProps {
  comparison: Comparison;
  position: number;
}

const lower = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

export function Compare({ quiz, strings, comparison, position, quizUrl, linkKeys }: CompareProps) {
  const { me, them } = comparison;
  // Same role: "you" and "your colleague", never a role that was not answered.
  const They = me.role === them.role ? strings['mirror.colleague'] : strings[`mirror.them.${them.role}`];
  const they = lower(They);
  const rows = compareSides(me, them);
  const finding = mainFinding(rows);
  const nameOf = (index: number) => quiz.dimensions[index]!.name;
  const headingId = `compare-heading-${position}`;
  const myListening = listeningScore(me.expectations, them.dimensions);
  const theirListening = listeningScore(them.expectations, me.dimensions);
  const essay = stageFor(quiz.stages, Math.min(me.overall, them.overall)).essay;
  const sentence =
    finding.kind === 'agree'
      ? fill(strings['mirror.finding.agree'], { them: they, points: GAP_THRESHOLD })
      : finding.kind === 'gap'
        ? fill(strings['mirror.finding.gap'], {
            dimension: lower(nameOf(finding.index)),
            mine: finding.mine,
            theirs: finding.theirs,
            them: they,
          })
        : fill(strings[finding.spot.who === 'me' ? 'mirror.finding.blindMe' : 'mirror.finding.blindThem'], {
            dimension: lower(nameOf(finding.spot.index)),
            expected: finding.spot.expected,
            actual: finding.spot.actual,
            them: they,
            They,
          });
  const listening = (who: string, score: number | null) =>
    score === null
      ? fill(strings['mirror.listening.skipped'], { who })
      : fill(strings['mirror.listening.score'], { who, points: 100 - score });

  return (
    <section class="compare" aria-labelledby={headingId}>
      <p class="label label--accent">{strings['mirror.kicker']}</p>
      <h2 id={headingId} class="compare__heading">
        {strings['mirror.compareHeading']}
      </h2>
      <p class="compare__finding">{sentence}</p>
      {comparison.edition && (
        <p class="quiz__nuance">{fill(strings['mirror.earlier'], { edition: comparison.edition })}</p>
      )}
      <ul class="compare__stages">
        <li>
          <span class="compare__key compare__key--mine" aria-hidden="true" />
          {fill(strings['mirror.stageOf'], {
            who: strings['mirror.you'],
            stage: stageFor(quiz.stages, me.overall).name,
            score: me.overall,
          })}
        </li>
        <li>
          <span class="compare__key compare__key--theirs" aria-hidden="true" />
          {fill(strings['mirror.stageOf'], {
            who: They,
            stage: stageFor(quiz.stages, them.overall).name,
            score: them.overall,
          })}
        </li>
      </ul>

      <h3>{strings['mirror.listening.heading']}</h3>
      <ul class="compare__listening">
        <li>{listening(strings['mirror.you'], myListening)}</li>
        <li>{listening(They, theirListening)}</li>
      </ul>
      {blindSpots(rows).length > 0 && (
        <ul class="compare__blind">
          {blindSpots(rows)
            .slice(0, 3)
            .map((spot) => (
              <li key={`${spot.who}-${spot.index}`}>
                {fill(strings[spot.who === 'me' ? 'mirror.finding.blindMe' : 'mirror.finding.blindThem'], {
                  dimension: lower(nameOf(spot.index)),
                  expected: spot.expected,
                  actual: spot.actual,
                  them: they,
                  They,
                })}
              </li>
            ))}
        </ul>
      )}

      <h3>{strings['mirror.dimensionsHeading']}</h3>
      <p class="compare__legend">
        <span>
          <span class="compare__key compare__key--mine" aria-hidden="true" /> {strings['mirror.you']}
        </span>
        <span>
          <span class="compare__key compare__key--theirs" aria-hidden="true" /> {They}
        </span>
        <span>
          <span class="compare__key compare__key--expect" aria-hidden="true" /> {strings['mirror.expected']}
        </span>
      </p>
      <ol class="compare__rows">
        {rows.map((row) => (
          <li key={row.index} class={row.gap >= GAP_THRESHOLD ? 'compare__row is-gap' : 'compare__row'}>
            <p class="compare__name">{nameOf(row.index)}</p>
            <div class="compare__track" aria-hidden="true">
              <span class="compare__mark compare__mark--mine" style={{ '--at': `${row.mine}%` }} />
              <span class="compare__mark compare__mark--theirs" style={{ '--at': `${row.theirs}%` }} />
              {row.myExpectation !== null && (
                <span
                  class="compare__mark compare__mark--theirs is-expected"
                  style={{ '--at': `${row.myExpectation}%` }}
                />
              )}
              {row.theirExpectation !== null && (
                <span
                  class="compare__mark compare__mark--mine is-expected"
                  style={{ '--at': `${row.theirExpectation}%` }}
                />
              )}
            </div>
            <p class="compare__figures">
              {fill(strings['mirror.rowFigures'], { mine: row.mine, them: they, theirs: row.theirs })}
              {row.myExpectation !== null &&
                ` · ${fill(strings['mirror.rowMyExpectation'], { expected: row.myExpectation })}`}
              {row.theirExpectation !== null &&
                ` · ${fill(strings['mirror.rowTheirExpectation'], { them: they, expected: row.theirExpectation })}`}
            </p>
          </li>
        ))}
      </ol>

      <h3>{strings['mirror.startersHeading']}</h3>
      <ul class="compare__starters">
        {rows.slice(0, 2).map((row) => (
          <li key={row.index}>
            <strong>{nameOf(row.index)}</strong>
            <ul>
              {quiz.dimensions[row.index]!.starters.map((starter) => (
                <li key={starter}>{starter}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {rows[0] && rows[0].gap >= GAP_THRESHOLD && (
        <DimensionAdvice
          dimension={quiz.dimensions[rows[0].index]!}
          role={me.role}
          strings={strings}
          level={3}
          heading={fill(strings['mirror.gapAdvice.heading'], { dimension: lower(nameOf(rows[0].index)) })}
        />
      )}
      <p class="quiz__read-next">
        <span class="label">{strings['quiz.result.readNext']}</span>
        <a href={essay.href}>{essay.title}</a>
      </p>

      {comparison.reply && (
        <LinkBox
          id={`reply-${position}`}
          heading={strings['mirror.reply.heading']}
          body={fill(strings['mirror.reply.body'], { them: they })}
          label={strings['mirror.reply.label']}
          link={`${quizUrl}#${linkKeys.reply}=${comparison.reply}`}
          copyLabel={strings['mirror.reply.copy']}
          emailSubject={strings['mirror.reply.emailSubject']}
          message={strings['mirror.reply.message']}
          strings={strings}
        />
      )}
      <PrintFooter link={`${quizUrl}#${linkKeys.reply}=${comparison.reply ?? comparison.id}`} />
      <div class="quiz__actions compare__actions">
        <button
          type="button"
          class="button button--quiet"
          onClick={(event) => printOnly('compare', event.currentTarget.closest('section'))}
        >
          {strings['mirror.print']}
        </button>
      </div>
    </section>
  );
}
