/**
 * Codes for the team-view benchmark, made with the site's own encoder from
 * the quiz content: `count` participants' response codes for one session,
 * and a team link holding the first of them. Bundled by esbuild in
 * team-view.mjs, so the benchmark needs no TypeScript runner.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pointsOf, sideFromPoints } from '@/lib/quiz/codes';
import { editionFromContent } from '@/lib/quiz/editions';
import type { ScoringModel } from '@/lib/quiz/scoring';
import { encodeResponse, type Respondent } from '@/lib/workshop/codes';
import { encodeTeam } from '@/lib/workshop/team-codes';
import { collect } from '@/lib/workshop/collect';
import { summarise } from '@/lib/workshop/summary';

const read = (name: string) => parse(readFileSync(`content/quiz/${name}.yaml`, 'utf8'));
const model: ScoringModel = {
  dimensions: read('dimensions'),
  questions: read('questions'),
  stages: read('stages'),
  editions: read('editions').map(editionFromContent),
};

/** Participant n: answers that vary by person and question, expectations from every other person. */
function participant(n: number): Respondent {
  const answers = Object.fromEntries(
    model.questions.map((q, i) => [q.id, q.options[(n * 7 + i * 3) % q.options.length]!.id]),
  );
  const expectations = n % 2 ? model.dimensions.map((_, i) => ((n + i) % 11) * 10) : null;
  return {
    id: 1000 + n,
    revision: 0,
    side: sideFromPoints(model, n % 2 ? 'supplier' : 'customer', pointsOf(model, answers), expectations),
  };
}

export function teamCodes(count: number) {
  const session = 123456;
  const people = Array.from({ length: count }, (_, n) => participant(n));
  return {
    responses: people.map((p) => encodeResponse(model, session, p)),
    seed: encodeTeam(model, { session, respondents: people.slice(0, 1) }),
  };
}

/** The logic alone, in Node: milliseconds to read `count` pasted codes into an empty team and work out its figures. */
export function logicTime(count: number, rounds = 200): number {
  const { responses } = teamCodes(count);
  const text = responses.join('\n');
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) {
    const { team } = collect({ session: 123456, respondents: [] }, text, model);
    summarise(model, team.respondents);
  }
  return (performance.now() - started) / rounds;
}
