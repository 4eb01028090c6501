/**
 * Reader sheets for checking the quiz with fresh readers, made from the
 * content so the checks can be repeated after every change to the questions
 * (see content/quiz/question-notes.md for what they measure and the targets).
 *
 *   node tests/instrument/sheets.mjs <kind> --seed N [--lang nl|en] [--out DIR]
 *
 * kind:
 *   desirability  rate every option 1–7: how good would it sound said of your own relationship?
 *   guess         told what the quiz measures, mark the option it scores highest and lowest
 *   recognise     a professional judges each option: a practice they recognise and would
 *                 defend in some context? and each question: answerable from their side, lecturing?
 *   answer        answer every question as a character (the known-stage check):
 *                 --character ID picks one from known-stages.json beside this file, a
 *                 relationship at a known stage described apart from the options
 *
 * Each sheet shows the questions in order and each question's options in an
 * order shuffled by the seed, numbered 1–4, with no ids and no scores. The
 * key (sheet number → option id) goes to a separate file that the reader never
 * sees; score.mjs reads it back. The same seed gives the same sheet.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
export const loadQuestions = () => parse(readFileSync(new URL('content/quiz/questions.yaml', root), 'utf8'));

/** mulberry32: a small seeded generator, so a sheet can be made again exactly. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(list, next) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const instructions = {
  desirability: {
    en: 'For every option, rate how good it would sound if someone said it about their own customer–supplier relationship: 1 = it would sound bad, 7 = it would sound very good. Rate each option on its own; ties are fine.',
    nl: 'Geef bij elke optie aan hoe goed die zou klinken als iemand het over de eigen relatie tussen klant en leverancier zei: 1 = klinkt slecht, 7 = klinkt heel goed. Beoordeel elke optie los; gelijke cijfers mogen.',
  },
  guess: {
    en: 'This quiz places a customer–supplier relationship on a scale from "transactional" (0) to "emancipated partnership" (100). Every option scores 0, 1, 2 or 3 points. For every question, mark the option you think scores highest and the one you think scores lowest, and say in a few words what gave it away.',
    nl: 'Deze quiz plaatst een relatie tussen klant en leverancier op een schaal van ‘transactioneel’ (0) tot ‘geëmancipeerd partnership’ (100). Elke optie is 0, 1, 2 of 3 punten waard. Kies per vraag de optie die volgens u het hoogst scoort en de optie die het laagst scoort, en zeg in een paar woorden wat het verraadde.',
  },
  recognise: {
    en: 'For every option, say whether you recognise it as a practice you have seen and that a competent professional would defend in some context ("yes", "partly", "no"). For every question, say whether you can answer it honestly from your own side of the table about one relationship, and whether it lectures either side.',
    nl: 'Zeg bij elke optie of u die herkent als een praktijk die u hebt gezien en die een competente professional in een bepaalde context zou verdedigen ("ja", "deels", "nee"). Zeg bij elke vraag of u die vanaf uw kant van de tafel eerlijk kunt beantwoorden over één samenwerking, en of de vraag een van beide kanten de les leest.',
  },
  answer: {
    en: 'Answer every question as the character described above would, about the relationship described: pick the option that comes closest to how it actually goes, not how it should go.',
    nl: 'Beantwoord elke vraag zoals het hierboven beschreven personage dat zou doen, over de beschreven relatie: kies de optie die het dichtst komt bij hoe het werkelijk gaat, niet hoe het zou moeten.',
  },
};

const responseShape = {
  desirability: '{ "1": [r1, r2, r3, r4], "2": [...], ... }  (ratings 1–7 for options 1–4 of each question)',
  guess: '{ "1": { "highest": n, "lowest": n, "why": "…" }, ... }  (option numbers 1–4)',
  recognise:
    '{ "1": { "recognise": ["yes", "partly", "yes", "no"], "answerable": true, "lecturing": false, "comment": "…" }, ... }',
  answer: '{ "1": n, "2": n, ... }  (the option number 1–4 chosen for each question)',
};

/** One sheet: its text for the reader and its key for scoring. */
export function makeSheet(kind, seed, lang, questions = loadQuestions(), character = undefined) {
  const next = random(seed);
  const key = {};
  const lines = [`# Sheet ${kind}-${lang}-${seed}`, ''];
  if (character) lines.push('## Your character', '', character.persona, '', character.sheet, '');
  lines.push(instructions[kind][lang], '');
  questions.forEach((question, qi) => {
    const options = shuffled(question.options, next);
    key[qi + 1] = { question: question.id, options: options.map((o) => o.id) };
    lines.push(`## ${qi + 1}. ${question.prompt[lang]}`, '');
    options.forEach((option, oi) => lines.push(`${oi + 1}. ${option.label[lang]}`));
    lines.push('');
  });
  lines.push('## Your answer', '', `Write JSON of this shape: ${responseShape[kind]}`, '');
  return { text: lines.join('\n'), key: { kind, seed, lang, questions: key } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      out: { type: 'string' },
      character: { type: 'string' },
    },
  });
  const [kind] = positionals;
  if (!instructions[kind] || !values.seed || (kind === 'answer') !== Boolean(values.character)) {
    console.error(
      'usage: node tests/instrument/sheets.mjs desirability|guess|answer --seed N [--lang nl|en] [--character ID] [--out DIR]',
    );
    process.exit(2);
  }
  const characters = JSON.parse(readFileSync(new URL('known-stages.json', import.meta.url), 'utf8'));
  const character = values.character && characters.find((c) => c.id === values.character);
  if (values.character && !character) throw new Error(`no character ${values.character} in known-stages.json`);
  const sheet = makeSheet(kind, Number(values.seed), values.lang, loadQuestions(), character);
  if (!values.out) {
    process.stdout.write(sheet.text);
  } else {
    mkdirSync(values.out, { recursive: true });
    // The questions as the sheets show them, so score.mjs can score this panel after they change.
    const snapshot = join(values.out, 'questions.yaml');
    if (!existsSync(snapshot)) copyFileSync(new URL('content/quiz/questions.yaml', root), snapshot);
    const name = character
      ? `${kind}-${character.id}-${values.lang}-${values.seed}`
      : `${kind}-${values.lang}-${values.seed}`;
    writeFileSync(join(values.out, `${name}.sheet.md`), sheet.text);
    writeFileSync(join(values.out, `${name}.key.json`), `${JSON.stringify(sheet.key, null, 2)}\n`);
    if (character)
      writeFileSync(
        join(values.out, `${name}.persona.json`),
        `${JSON.stringify({ id: character.id, stage: character.stage })}\n`,
      );
    console.log(join(values.out, name));
  }
}
