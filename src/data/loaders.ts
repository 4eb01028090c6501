/**
 * Content loaders that check every file on every build, before Astro's
 * cache is consulted: a file that does not parse or validate stops the build
 * with its name, the line and the reason, and never leaves the previous
 * build's data in place. Astro's own loaders log such errors and keep going.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError, type ContentProblem } from '@/lib/content-error';
import { frontmatterOf, parseYamlSource, schemaProblems } from '@/lib/content-source';
import { findComponentProblems, type ComponentRules } from '@/lib/mdx-components';

const MARKDOWN = /\.mdx?$/;

/** Runs `check`, collecting a ContentError's problems instead of throwing. */
function collect(problems: ContentProblem[], check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
}

/**
 * MD and MDX files under `base`, their frontmatter parsed with the yaml
 * package (dates stay text) and validated by `schema`, and their use of
 * `components` checked, before the glob loader stores them. The stored data
 * is this parse, not Astro's.
 */
export function checkedGlob(base: string, schema: z.ZodType, components: ComponentRules): Loader {
  const inner = glob({ base, pattern: '**/*.{md,mdx}' });
  return {
    name: 'checked-glob',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const relative = (path: string) => path.slice(root.length).replaceAll('\\', '/');
      const checkedData = (path: string): unknown => {
        const file = relative(path);
        const raw = readFileSync(path, 'utf8');
        const { yaml, body } = frontmatterOf(raw, file);
        const source = parseYamlSource(yaml, file, 2);
        const result = schema.safeParse(source.data);
        const problems = [
          ...(result.success ? [] : schemaProblems(result.error, source, file)),
          ...findComponentProblems(raw, file, components, raw.length - body.length),
        ];
        if (problems.length > 0) throw new ContentError(file, problems);
        return source.data;
      };

      const dir = fileURLToPath(new URL(`${base.replace(/\/?$/, '/')}`, context.config.root));
      const problems: ContentProblem[] = [];
      for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((n) => MARKDOWN.test(n))
        .sort()) {
        collect(problems, () => checkedData(`${dir}${name}`));
      }
      if (problems.length > 0) throw new ContentError(`The ${context.collection} collection`, problems);

      await inner.load({
        ...context,
        // Read again here: in dev the watcher reloads single files through this.
        parseData: (props) => context.parseData({ ...props, data: checkedData(props.filePath!) as typeof props.data }),
      });
    },
  };
}

/**
 * A YAML file holding one list, each item validated by `schema` and stored
 * under its `id` with its `position` in the file (the store does not keep
 * file order).
 */
export function yamlList(file: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-list',
    async load({ config, store, parseData, watcher, logger }: LoaderContext) {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        const source = parseYamlSource(readFileSync(path, 'utf8'), file);
        if (!Array.isArray(source.data)) {
          throw new ContentError(file, [
            {
              file,
              line: 1,
              field: '(file)',
              message: 'must hold a list: every item starts with "- " at the left margin',
            },
          ]);
        }
        const problems: ContentProblem[] = [];
        const seen = new Set<string>();
        const items = source.data.map((item: unknown, position) => {
          const record = (item ?? {}) as Record<string, unknown>;
          const id = typeof record.id === 'string' ? record.id : `item ${position + 1}`;
          const result = schema.safeParse(item);
          if (!result.success)
            problems.push(...schemaProblems(result.error, source, file, { path: [position], prefix: id }));
          if (seen.has(id)) {
            problems.push({
              file,
              ...source.at([position, 'id']),
              field: `${id}.id`,
              message: 'is used twice; every id must be unique',
            });
          }
          seen.add(id);
          return { id, data: { ...record, position } };
        });
        if (problems.length > 0) throw new ContentError(file, problems);
        store.clear();
        for (const { id, data } of items) {
          store.set({ id, data: await parseData({ id, data, filePath: path }), filePath: file });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed !== path) return;
        sync().then(
          () => logger.info(`Reloaded ${file}`),
          (error: Error) => logger.error(error.message),
        );
      });
    },
  };
}
