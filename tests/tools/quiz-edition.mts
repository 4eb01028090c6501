/**
 * For an editor who changed content/quiz/questions.yaml: adds the new edition
 * at the top of content/quiz/editions.yaml, with today's date, the questions'
 * fingerprint and their structure. The edition before it already lists its
 * own structure, so links made with it keep their own figures.
 *
 *   npm run quiz:edition
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isSeq, parse, parseDocument, YAMLMap } from 'yaml';
import { contentFingerprint, structureOf } from '../../src/lib/quiz/editions.ts';

const path = (file: string) => new URL(`../../content/quiz/${file}`, import.meta.url);
const questions = parse(readFileSync(path('questions.yaml'), 'utf8'));
const dimensions: { id: string }[] = parse(readFileSync(path('dimensions.yaml'), 'utf8'));
const document = parseDocument(readFileSync(path('editions.yaml'), 'utf8'));
if (!isSeq(document.contents)) throw new Error('content/quiz/editions.yaml must be a list of editions');
const newest = document.contents.items[0]?.toJSON() as { edition: number; fingerprint: number } | undefined;
const fingerprint = contentFingerprint(
  dimensions.map((d) => d.id),
  questions,
);

if (newest?.fingerprint === fingerprint) {
  console.log(`The questions are edition ${newest.edition} (fingerprint ${fingerprint}): nothing to add.`);
} else {
  const edition = (newest?.edition ?? 0) + 1;
  const entry = document.createNode({
    edition,
    date: new Date().toISOString().slice(0, 10),
    fingerprint,
    questions: structureOf(questions),
  }) as YAMLMap;
  // One line per question's scores, as the file writes them.
  for (const question of (entry.get('questions') as { items: YAMLMap[] }).items) {
    (question.get('options', true) as unknown as YAMLMap).flow = true;
  }
  entry.spaceBefore = true;
  (document.contents.items as unknown[]).unshift(entry);
  writeFileSync(path('editions.yaml'), document.toString({ lineWidth: 0 }).replace(/\n{3,}/g, '\n\n'));
  console.log(
    `Added edition ${edition} (fingerprint ${fingerprint}) to content/quiz/editions.yaml. ` +
      `Links made with edition ${newest?.edition ?? '–'} keep their own figures.`,
  );
}
