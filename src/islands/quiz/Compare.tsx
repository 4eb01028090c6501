import { fill } from '@/i18n/fill';
import { largestGaps, sideBySide, GAP_THRESHOLD } from '@/lib/quiz/compare';
import type { Invite } from '@/lib/quiz/invite';
import type { Role } from '@/lib/quiz/roles';
import type { QuizScore } from '@/lib/quiz/scoring';
import type { QuizView } from '@/lib/quiz/view';
import type { QuizStrings } from './types';

interface Props {
  quiz: QuizView;
  mine: { role: Role; score: QuizScore };
  theirs: Invite;
  strings: QuizStrings;
}

/** Both sides of one relationship: overall and per dimension, then the largest gaps with conversation starters. */
export function Compare({ quiz, mine, theirs, strings }: Props) {
  const rows = sideBySide(
    quiz.dimensions.map((d) => d.id),
    { role: mine.role, dimensions: mine.score.dimensions },
    theirs,
  );
  const overall = sideBySide(
    ['overall'],
    { role: mine.role, dimensions: { overall: mine.score.overall } },
    { role: theirs.role, dimensions: [theirs.overall] },
  )[0]!;
  const gaps = largestGaps(rows);
  const nameOf = (id: string) => quiz.dimensions.find((d) => d.id === id)!;
  const cells = (row: { customer: number; supplier: number; gap: number }) => (
    <>
      <td>{row.customer}</td>
      <td>{row.supplier}</td>
      <td class={row.gap >= GAP_THRESHOLD ? 'is-gap' : undefined}>{row.gap}</td>
    </>
  );
  return (
    <section class="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{strings['mirror.compareHeading']}</h3>
      {mine.role === theirs.role && <p class="quiz__note">{strings['mirror.sameRole']}</p>}
      <div class="compare__scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
        <table class="compare__table">
          <caption id="compare-caption">{strings['mirror.compareCaption']}</caption>
          <thead>
            <tr>
              <th scope="col">{strings['mirror.dimension']}</th>
              <th scope="col">{strings['mirror.role.customer']}</th>
              <th scope="col">{strings['mirror.role.supplier']}</th>
              <th scope="col">{strings['mirror.difference']}</th>
            </tr>
          </thead>
          <tbody>
            <tr class="compare__overall">
              <th scope="row">{strings['mirror.overall']}</th>
              {cells(overall)}
            </tr>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{nameOf(row.id).name}</th>
                {cells(row)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{strings['mirror.gapsHeading']}</h4>
      {gaps.length === 0 ? (
        <p>{fill(strings['mirror.noGaps'], { points: GAP_THRESHOLD })}</p>
      ) : (
        <>
          <p>{strings['mirror.gapsIntro']}</p>
          <ul class="compare__gaps">
            {gaps.map((gap) => (
              <li key={gap.id}>
                <strong>{nameOf(gap.id).name}</strong>
                <span class="compare__gap-line">
                  {fill(strings['mirror.gapLine'], { customer: gap.customer, supplier: gap.supplier, points: gap.gap })}
                </span>
                <ul>
                  {nameOf(gap.id).starters.map((starter) => (
                    <li key={starter}>{starter}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
