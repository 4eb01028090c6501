import type { QuizView } from '@/lib/quiz/view';

interface Props {
  stages: QuizView['stages'];
  score: number;
  title: string;
  description: string;
  /** The marker's text when it is not the score itself, e.g. a shared bucket's '70–74'. */
  label?: string | undefined;
}

const LEFT = 14;
const WIDTH = 452;
const x = (score: number) => LEFT + (score / 100) * WIDTH;

/**
 * The scale from 0 to 100 with the four stage bands and the reader's marker.
 * An image with a title and a description; the stage names are listed in
 * HTML beneath it, where they can wrap on a phone.
 */
export function ScaleChart({ stages, score, title, description, label }: Props) {
  return (
    <figure class="scale">
      <svg viewBox="0 0 480 96" role="img" aria-labelledby="scale-title scale-desc" class="scale__svg">
        <title id="scale-title">{title}</title>
        <desc id="scale-desc">{description}</desc>
        {stages.map((stage, i) => (
          <rect
            key={stage.id}
            class={`scale__band scale__band--${i + 1}`}
            x={x(stage.from)}
            y={40}
            width={x(stage.to + 1 > 100 ? 100 : stage.to + 1) - x(stage.from)}
            height={20}
          />
        ))}
        {[0, 25, 50, 75, 100].map((tick) => (
          <text key={tick} class="scale__tick" x={x(tick)} y={84} text-anchor="middle">
            {tick}
          </text>
        ))}
        <g class="scale__marker" transform={`translate(${x(score)} 0)`}>
          <text x={0} y={18} text-anchor="middle">
            {label ?? score}
          </text>
          {/* The halo first, in the paper colour, then the needle on top of it. */}
          <path class="scale__halo" d="M-7 24h14L0 38z" />
          <rect class="scale__halo" x={-1.5} y={38} width={3} height={26} />
          <path d="M-7 24h14L0 38z" />
          <rect x={-1.5} y={38} width={3} height={26} />
        </g>
      </svg>
      <ol class="scale__legend">
        {stages.map((stage, i) => (
          <li key={stage.id} class={stage.from <= score && score <= stage.to ? 'is-current' : undefined}>
            <span class={`scale__swatch scale__band--${i + 1}`} aria-hidden="true" />
            <span>{stage.name}</span>
            <span class="scale__range">
              {stage.from}–{stage.to}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
