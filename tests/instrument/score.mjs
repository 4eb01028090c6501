/**
 * Figures from fresh readers' answers to the sheets of sheets.mjs.
 *
 *   node tests/instrument/score.mjs DIR
 *
 * DIR holds the questions.yaml the sheets were made from (sheets.mjs copies
 * it there, so a panel can be scored again after the questions change), and per reader NAME.key.json and
 * NAME.response.json (the reader's JSON). For answer sheets, NAME.persona.json
 * says which stage the character's relationship is at ({ "stage": 1–4 }).
 * Prints per reader and overall:
 *   desirability  per score level the mean rating; the questions where the
 *                 3-point option is rated most desirable (ties count against
 *                 it); the mean spread between a question's highest and
 *                 lowest rated option
 *   guess         how often the highest and the lowest option were guessed (chance: 1 in 4)
 *   recognise     how many options the professional recognises (yes / partly / no), and the
 *                 questions they cannot answer from their side or find lecturing
 *   answer        the score and stage the character's answers give, against the known stage
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadQuestions } from './sheets.mjs';

const STAGES = [
  { stage: 1, from: 0, to: 24 },
  { stage: 2, from: 25, to: 49 },
  { stage: 3, from: 50, to: 74 },
  { stage: 4, from: 75, to: 100 },
];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fixed = (n) => n.toFixed(2);

export function scoreDesirability(key, response, questions) {
  const byScore = [[], [], [], []];
  let topMost = 0;
  let topMostStrict = 0;
  const spreads = [];
  for (const [number, entry] of Object.entries(key.questions)) {
    const question = questions.find((q) => q.id === entry.question);
    const ratings = response[number];
    if (!Array.isArray(ratings) || ratings.length !== 4) throw new Error(`question ${number}: four ratings expected`);
    const scores = entry.options.map((id) => question.options.find((o) => o.id === id).score);
    scores.forEach((score, i) => byScore[score].push(ratings[i]));
    const top = ratings[scores.indexOf(3)];
    const max = Math.max(...ratings);
    if (top === max) topMost += 1;
    if (top === max && ratings.filter((r) => r === max).length === 1) topMostStrict += 1;
    spreads.push(max - Math.min(...ratings));
  }
  return { byScore: byScore.map(mean), topMost, topMostStrict, spread: mean(spreads), count: spreads.length };
}

export function scoreGuess(key, response) {
  let highest = 0;
  let lowest = 0;
  const why = [];
  for (const [number, entry] of Object.entries(key.questions)) {
    const answer = response[number];
    const scoreOf = (n) => entry.scores[n - 1];
    if (scoreOf(answer.highest) === 3) highest += 1;
    if (scoreOf(answer.lowest) === 0) lowest += 1;
    why.push(answer.why);
  }
  return { highest, lowest, count: Object.keys(key.questions).length, why };
}

export function scoreAnswers(key, response, questions) {
  let points = 0;
  for (const [number, entry] of Object.entries(key.questions)) {
    const id = entry.options[response[number] - 1];
    if (!id) throw new Error(`question ${number}: an option number 1–4 expected`);
    points += questions.find((q) => q.id === entry.question).options.find((o) => o.id === id).score;
  }
  const overall = Math.round((points / (3 * questions.length)) * 100);
  return { overall, stage: STAGES.find((s) => overall >= s.from && overall <= s.to).stage };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  const snapshot = join(dir, 'questions.yaml');
  const questions = existsSync(snapshot) ? parse(readFileSync(snapshot, 'utf8')) : loadQuestions();
  const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.response.json'))
    .map((f) => f.replace(/\.response\.json$/, ''))
    .sort();
  const desirability = [];
  const guesses = [];
  const answers = [];
  for (const name of names) {
    const key = read(`${name}.key.json`);
    const response = read(`${name}.response.json`);
    for (const entry of Object.values(key.questions)) {
      const question = questions.find((q) => q.id === entry.question);
      if (!question) throw new Error(`${name}: question ${entry.question} is no longer in the quiz; make new sheets`);
      entry.scores = entry.options.map((id) => question.options.find((o) => o.id === id).score);
    }
    if (key.kind === 'desirability') {
      const r = scoreDesirability(key, response, questions);
      desirability.push(r);
      console.log(
        `${name}: mean rating by score 0–3 ${r.byScore.map(fixed).join(' / ')}; 3 most desirable in ${r.topMost}/${r.count} (alone in ${r.topMostStrict}); mean spread ${fixed(r.spread)}`,
      );
    } else if (key.kind === 'recognise') {
      const marks = Object.values(response).flatMap((r) => r.recognise.map((m) => m.toLowerCase()));
      const count = (words) => marks.filter((m) => words.includes(m)).length;
      const unanswerable = Object.entries(response)
        .filter(([, r]) => !r.answerable)
        .map(([n]) => n);
      const lecturing = Object.entries(response)
        .filter(([, r]) => r.lecturing)
        .map(([n]) => n);
      console.log(
        `${name}: options recognised ${count(['yes', 'ja'])} yes, ${count(['partly', 'deels'])} partly, ${count(['no', 'nee'])} no of ${marks.length}; ` +
          `not answerable from their side: ${unanswerable.join(', ') || 'none'}; lecturing: ${lecturing.join(', ') || 'none'}`,
      );
      Object.entries(response).forEach(([n, r]) => console.log(`  ${n}. ${r.comment}`));
    } else if (key.kind === 'guess') {
      const r = scoreGuess(key, response);
      guesses.push(r);
      console.log(`${name}: highest guessed ${r.highest}/${r.count}, lowest ${r.lowest}/${r.count}`);
      r.why.forEach((w, i) => console.log(`  ${i + 1}. ${w}`));
    } else {
      const persona = read(`${name}.persona.json`);
      const r = scoreAnswers(key, response, questions);
      answers.push({ ...r, known: persona.stage });
      console.log(
        `${name}: known stage ${persona.stage}, score ${r.overall} → stage ${r.stage}${r.stage === persona.stage ? '' : '  MISS'}`,
      );
    }
  }
  if (desirability.length) {
    // Per question, each score level's mean rating over the readers: where the ladder still shows.
    const perQuestion = new Map();
    for (const name of names) {
      const key = read(`${name}.key.json`);
      if (key.kind !== 'desirability') continue;
      const response = read(`${name}.response.json`);
      for (const [number, entry] of Object.entries(key.questions)) {
        const row = perQuestion.get(entry.question) ?? [[], [], [], []];
        const question = questions.find((q) => q.id === entry.question);
        entry.options.forEach((id, i) =>
          row[question.options.find((o) => o.id === id).score].push(response[number][i]),
        );
        perQuestion.set(entry.question, row);
      }
    }
    let pooledTop = 0;
    for (const [id, row] of perQuestion) {
      const means = row.map(mean);
      if (means[3] === Math.max(...means)) pooledTop += 1;
      console.log(`  ${id.padEnd(26)} by score 0–3: ${means.map((m) => m.toFixed(1)).join('  ')}`);
    }
    console.log(
      `  on the readers' mean ratings, the 3 is most desirable (ties count) in ${pooledTop} of ${perQuestion.size}`,
    );
    console.log(
      `desirability, ${desirability.length} readers: mean rating by score ${[0, 1, 2, 3].map((s) => fixed(mean(desirability.map((r) => r.byScore[s])))).join(' / ')}; ` +
        `3 most desirable ${desirability.map((r) => r.topMost).join(', ')} of 12 (target ≤ 4 each); mean spread ${fixed(mean(desirability.map((r) => r.spread)))} (target < 2.1)`,
    );
  }
  if (guesses.length) {
    console.log(
      `guessing, ${guesses.length} readers: highest ${guesses.map((r) => r.highest).join(', ')}; lowest ${guesses.map((r) => r.lowest).join(', ')} of 12 (chance 3)`,
    );
  }
  if (answers.length) {
    const hits = answers.filter((a) => a.stage === a.known).length;
    console.log(
      `known stages: ${hits} of ${answers.length} in their stage (${Math.round((hits / answers.length) * 100)}%, target ≥ 80%)`,
    );
  }
}
