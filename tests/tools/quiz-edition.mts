/**
 * For an editor who changed content/quiz/questions.yaml: prints the new
 * edition's entry for content/quiz/editions.yaml and the structure the
 * edition before it needs, so links made with it keep their own figures.
 *
 *   npm run quiz:edition
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentFingerprint } from '../../src/lib/quiz/editions.ts';

const read = (file: string) => parse(readFileSync(new URL(`../../content/quiz/${file}`, import.meta.url), 'utf8'));
const questions = read('questions.yaml');
const dimensions = read('dimensions.yaml');
const editions = read('editions.yaml') ?? [];
const newest = editions[0];
const fingerprint = contentFingerprint(
  dimensions.map((d: { id: string }) => d.id),
  questions,
);
const today = new Date().toISOString().slice(0, 10);

if (newest?.fingerprint === fingerprint) {
  console.log(`The questions are edition ${newest.edition} (fingerprint ${fingerprint}): nothing to add.`);
} else {
  const next = (newest?.edition ?? 0) + 1;
  console.log(`# The questions changed: put this at the top of content/quiz/editions.yaml\n`);
  console.log(`- edition: ${next}\n  date: ${today}\n  fingerprint: ${fingerprint}\n`);
  console.log(
    `# and give edition ${newest?.edition ?? '(the previous one)'} the structure of the questions as they were,`,
  );
  console.log(`# from the questions.yaml of that edition (git show <commit>:content/quiz/questions.yaml):\n`);
  console.log('  questions:');
  for (const q of questions as { id: string; dimension: string; options: { id: string; score: number }[] }[]) {
    console.log(`    - id: ${q.id}\n      dimension: ${q.dimension}`);
    console.log(`      options: { ${q.options.map((o) => `${o.id}: ${o.score}`).join(', ')} }`);
  }
  console.log(`\n# (printed from today's questions.yaml: run it on the previous edition's file for that structure)`);
}
