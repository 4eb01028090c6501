#!/usr/bin/env node
// A third language must cost content, not code. This check adds a generated
// pseudo-language, "xx" (English text with accented vowels), to a temporary
// copy of the project, touching only what the README's "Add a language"
// recipe names: the language list, a new dictionary, and content. It then
// builds the copy and runs the link check, and the page and axe checks on one
// page of every type in that language, against the copy's build.
// Usage: npm run test:languages
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument, isMap } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;
const CODE = 'xx';
const PORT = '4323';

/** English text with accented vowels: still readable, visibly not English. */
const accents = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };
const pseudo = (text) => text.replace(/(\{\w+\})|[aeiouAEIOU]/g, (match, placeholder) => placeholder ?? accents[match]);

function pseudoDictionary(english) {
  const strings = Object.fromEntries(
    Object.entries(english).map(([key, value]) => [key, key.startsWith('route.') ? `${value}-${CODE}` : pseudo(value)]),
  );
  strings['language.name'] = 'Pseudo';
  strings['language.readHere'] = 'Read this page in Pseudo';
  return `import type { Dictionary } from './nl';\n\nconst ${CODE}: Dictionary = ${JSON.stringify(strings, null, 2)};\n\nexport default ${CODE};\n`;
}

/** Gives every { nl, en } map in a quiz YAML file an xx entry derived from en. */
function withPseudoLanguage(yamlText) {
  const document = parseDocument(yamlText);
  const visit = (node, key) => {
    if (isMap(node)) {
      if (node.has('nl') && node.has('en')) {
        const english = node.get('en', true).toJSON();
        // A passage's heading names a heading of the essay, and the essays are copied from English as they are.
        const text = key === 'heading' ? (t) => t : pseudo;
        node.set(CODE, Array.isArray(english) ? english.map(text) : text(english));
      }
      for (const pair of node.items) visit(pair.value, pair.key?.value);
    } else if (node?.items) node.items.forEach((item) => visit(item));
  };
  visit(document.contents);
  return document.toString({ lineWidth: 0 });
}

const copy = mkdtempSync(join(tmpdir(), 'dlk-pseudo-'));
const touched = [];
const write = (path, text) => {
  mkdirSync(dirname(join(copy, path)), { recursive: true });
  writeFileSync(join(copy, path), text);
  touched.push(path);
};

try {
  // The project as committed, plus its installed packages.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) cpSync(join(root, file), join(copy, file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  // 1. The one list.
  const list = readFileSync(join(copy, 'src/i18n/locales.ts'), 'utf8')
    .replace("import nl from './nl';", `import nl from './nl';\nimport ${CODE} from './${CODE}';`)
    .replace(
      /(\n\s*\{ code: 'en'[^\n]*\n)/,
      `$1  { code: '${CODE}', tag: 'en-XA', wordsPerMinute: 238, strings: ${CODE} },\n`,
    );
  if (!list.includes(`code: '${CODE}'`))
    throw new Error('src/i18n/locales.ts: could not find the English entry to add a language after');
  write('src/i18n/locales.ts', list);

  // 2. The dictionary.
  const { default: english } = await import(join(root, 'src/i18n/en.ts'));
  write(`src/i18n/${CODE}.ts`, pseudoDictionary(english));

  // 3. The content: essays and pages from English, the quiz gets an xx text everywhere.
  for (const folder of ['content/essays', 'content/pages']) {
    for (const name of readdirSync(join(root, folder, 'en'))) {
      const text = readFileSync(join(root, folder, 'en', name), 'utf8').replace(/^locale: en$/m, `locale: ${CODE}`);
      write(`${folder}/${CODE}/${name}`, text);
    }
  }
  for (const name of readdirSync(join(root, 'content/quiz')).filter((n) => n.endsWith('.yaml'))) {
    write(`content/quiz/${name}`, withPseudoLanguage(readFileSync(join(root, 'content/quiz', name), 'utf8')));
  }

  const outside = touched.filter(
    (path) => !path.startsWith('content/') && !['src/i18n/locales.ts', `src/i18n/${CODE}.ts`].includes(path),
  );
  if (outside.length > 0)
    throw new Error(
      `a new language touched files outside the list, the dictionary and the content: ${outside.join(', ')}`,
    );
  const codeFiles = touched.filter((path) => !path.startsWith('content/'));
  console.log(
    `Pseudo-language "${CODE}": ${codeFiles.length} code files (${codeFiles.join(', ')}) and ${touched.length - codeFiles.length} content files.`,
  );

  const run = (command, args, env = {}) => {
    const result = spawnSync(command, args, { cwd: copy, stdio: 'inherit', env: { ...process.env, ...env } });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed in the pseudo-language copy (${copy})`);
  };
  run('npm', ['run', 'build', '--silent']);
  run('npx', ['vitest', 'run', '--project', 'dist', 'tests/dist/links.test.ts']);
  run('npx', ['playwright', 'test', 'tests/e2e/pages.spec.ts', 'tests/e2e/a11y.spec.ts'], {
    LANGUAGE_UNDER_TEST: CODE,
    E2E_PORT: PORT,
  });
  console.log(`The pseudo-language build passes the link, page and axe checks.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(copy, { recursive: true, force: true });
}
