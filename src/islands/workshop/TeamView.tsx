/**
 * The team view: what stands out in words, where each side stands, how well
 * each side knows the other, then one row per dimension with every
 * participant as a dot (round for the customer side, square for the
 * supplier side), the median as a bar and the figures in words beneath.
 * Never colour alone, and every figure is text a screen reader reads.
 */
import { useMemo } from 'preact/hooks';
import { fill } from '@/i18n/fill';
import { GAP_THRESHOLD } from '@/lib/quiz/listening';
import { otherRole } from '@/lib/quiz/codes';
import { ROLES, type Role } from '@/lib/quiz/roles';
import type { Respondent } from '@/lib/workshop/codes';
import { summarise, THIN_BELOW, type Finding, type SideFigures } from '@/lib/workshop/summary';
import type { WorkshopQuiz, WorkshopStrings } from './types';

interface Props {
  quiz: WorkshopQuiz;
  strings: WorkshopStrings;
  respondents: readonly Respondent[];
  /** The link that brings this view back, for the printed page. */
  link: string;
  /** The page's language tag, for the printed date. */
  lang: string;
}

const lower = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);
const capital = (role: Role) => (role === 'customer' ? 'workshop.side.Customer' : 'workshop.side.Supplier');

/** The tallest column drawn at full spacing; taller ones close up, so thirty people still fit a page. */
const MAX_ROWS = 6;

/** Dots of equal score stack upwards, so a column of five reads as five people. */
function Dots({ role, figures }: { role: Role; figures: SideFigures }) {
  const seen = new Map<number, number>();
  const dots = figures.scores.map((score) => {
    const stack = seen.get(score) ?? 0;
    seen.set(score, stack + 1);
    return { score, stack };
  });
  const tallest = Math.max(...seen.values());
  const spacing = Math.min(1, MAX_ROWS / tallest);
  return (
    <div
      class={`team__track team__track--${role}`}
      style={{ '--rows': Math.min(tallest, MAX_ROWS) }}
      aria-hidden="true"
    >
      <span class="team__median" style={{ '--at': `${figures.median}%` }} />
      {dots.map(({ score, stack }) => (
        <span key={`${score}-${stack}`} class="team__dot" style={{ '--at': `${score}%`, '--stack': stack * spacing }} />
      ))}
    </div>
  );
}

export function TeamView({ quiz, strings, respondents, link, lang }: Props) {
  const summary = useMemo(() => summarise(quiz, respondents), [respondents]);
  const side = (role: Role) => strings[`workshop.side.${role}`];
  const Side = (role: Role) => strings[capital(role)];
  const dimension = (index: number) => lower(quiz.dimensions[index]!.name);
  const sentence = (finding: Finding) => {
    switch (finding.kind) {
      case 'gap':
        return fill(strings['workshop.finding.gap'], { ...finding, dimension: dimension(finding.index) });
      case 'split':
        return fill(strings['workshop.finding.split'], {
          ...finding,
          side: side(finding.role),
          dimension: dimension(finding.index),
        });
      case 'blind-spot':
        return fill(strings['workshop.finding.blind'], {
          ...finding,
          side: side(finding.role),
          other: side(otherRole(finding.role)),
          dimension: dimension(finding.index),
        });
      default:
        return fill(strings['workshop.finding.agree'], { points: GAP_THRESHOLD });
    }
  };
  const date = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()), [lang]);

  return (
    <div class="team">
      <ul class="team__counts">
        {ROLES.map((role) => (
          <li key={role}>
            <span class={`team__key team__key--${role}`} aria-hidden="true" />
            {fill(strings[summary.sides[role].count === 1 ? 'workshop.countOne' : 'workshop.count'], {
              Side: Side(role),
              count: summary.sides[role].count,
            })}
          </li>
        ))}
      </ul>
      {ROLES.filter((role) => summary.sides[role].thin).map((role) => (
        <p key={role} class="team__thin">
          {fill(strings['workshop.thin'], { side: side(role), min: THIN_BELOW })}
        </p>
      ))}

      {summary.findings.length > 0 && (
        <>
          <h3>{strings['workshop.findings.heading']}</h3>
          <ul class="team__findings">
            {summary.findings.map((finding, i) => (
              <li key={i}>{sentence(finding)}</li>
            ))}
          </ul>
        </>
      )}

      <div class="team__overview">
        <div>
          <h3>{strings['workshop.stages.heading']}</h3>
          <ul class="team__stages">
            {ROLES.map((role) => {
              const { overall, stageId } = summary.sides[role];
              return (
                <li key={role}>
                  {overall === null
                    ? fill(strings['workshop.stageNone'], { Side: Side(role) })
                    : fill(strings['workshop.stage'], {
                        Side: Side(role),
                        stage: quiz.stages.find((s) => s.id === stageId)!.name,
                        score: overall,
                      })}
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h3>{strings['workshop.prediction.heading']}</h3>
          <ul class="team__prediction">
            {ROLES.map((role) => {
              const figures = summary.sides[role];
              const names = { Side: Side(role), other: side(otherRole(role)) };
              return (
                <li key={role}>
                  {figures.count === 0 || summary.sides[otherRole(role)].count === 0
                    ? fill(strings['workshop.prediction.waiting'], names)
                    : figures.listening === null
                      ? fill(strings['workshop.prediction.none'], names)
                      : fill(strings['workshop.prediction'], {
                          ...names,
                          points: 100 - figures.listening,
                          count: figures.predicted,
                          total: figures.count,
                        })}
                </li>
              );
            })}
          </ul>
        </div>
      </div>

      <h3>{strings['workshop.dimensions.heading']}</h3>
      <p class="team__legend">{strings['workshop.legend']}</p>
      <ol class="team__rows">
        {summary.rows.map((row) => (
          <li key={row.index} class={row.gap !== null && row.gap >= GAP_THRESHOLD ? 'team__row is-gap' : 'team__row'}>
            <p class="team__name">
              {quiz.dimensions[row.index]!.name}
              {row.gap !== null && <span class="team__gap">{fill(strings['workshop.gap'], { gap: row.gap })}</span>}
            </p>
            {ROLES.map((role) => {
              const figures = row.sides[role];
              return (
                figures && (
                  <div key={role} class="team__side">
                    <p class="team__side-name">{Side(role)}</p>
                    <Dots role={role} figures={figures} />
                    <p class="team__figures">
                      {fill(strings['workshop.figures'], {
                        median: figures.median,
                        lowest: figures.lowest,
                        spread: figures.spread,
                      })}
                      <span class="visually-hidden">
                        {' '}
                        {fill(strings['workshop.scores'], { scores: figures.scores.join(', ') })}
                      </span>
                    </p>
                  </div>
                )
              );
            })}
          </li>
        ))}
      </ol>
      <p class="team__note">{strings['workshop.spreadNote']}</p>
      <p class="print-only print-footer">
        {fill(strings['workshop.printed'], { date, count: respondents.length })}{' '}
        <span class="print-footer__link">{link}</span>
      </p>
    </div>
  );
}
