/**
 * The quiz as the island receives it: one language, texts resolved, each
 * stage with the essay that describes it. Built at build time.
 */
import { slug } from 'github-slugger';
import type { Locale } from '@/i18n/locales';
import type { Role } from './roles';
import type { DimensionData, QuestionData, StageData } from './schema';
import type { ScoringModel } from './scoring';

export interface QuizView extends ScoringModel {
  dimensions: {
    id: string;
    name: string;
    description: string;
    starters: string[];
    /** For a reader whose weakest dimension this is: what it looks like from their side, and one step. */
    weakest: Record<Role, { looks: string; step: string }>;
    /** The essay section that speaks to it, linked at its heading. */
    passage: { essay: string; heading: string; href: string };
  }[];
  questions: {
    id: string;
    dimension: string;
    prompt: string;
    options: { id: string; score: number; label: string }[];
  }[];
  stages: {
    id: string;
    from: number;
    to: number;
    name: string;
    thesis: string;
    question: string;
    summary: string;
    advice: Record<Role, string[]>;
    essay: { title: string; href: string };
  }[];
}

/** A link to one section of an essay: the heading ids come from github-slugger (markdown/heading-anchors). */
function passageOf(essay: { title: string; href: string }, heading: string) {
  return { essay: essay.title, heading, href: `${essay.href}#${slug(heading)}` };
}

export function quizView(
  locale: Locale,
  dimensions: DimensionData[],
  questions: QuestionData[],
  stages: StageData[],
  essayFor: (translationKey: string) => { title: string; href: string },
): QuizView {
  return {
    dimensions: dimensions.map((d) => ({
      id: d.id,
      name: d.name[locale],
      description: d.description[locale],
      starters: d.starters[locale],
      weakest: {
        customer: { looks: d.weakest.customer.looks[locale], step: d.weakest.customer.step[locale] },
        supplier: { looks: d.weakest.supplier.looks[locale], step: d.weakest.supplier.step[locale] },
      },
      passage: passageOf(essayFor(d.passage.essay), d.passage.heading[locale]),
    })),
    questions: questions.map((q) => ({
      id: q.id,
      dimension: q.dimension,
      prompt: q.prompt[locale],
      options: q.options.map((o) => ({ id: o.id, score: o.score, label: o.label[locale] })),
    })),
    stages: [...stages]
      .sort((a, b) => a.from - b.from)
      .map((s) => ({
        id: s.id,
        from: s.from,
        to: s.to,
        name: s.name[locale],
        thesis: s.thesis[locale],
        question: s.question[locale],
        summary: s.summary[locale],
        advice: { customer: s.advice.customer[locale], supplier: s.advice.supplier[locale] },
        essay: essayFor(s.essay),
      })),
  };
}
