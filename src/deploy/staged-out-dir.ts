/**
 * Builds into a staging folder beside the output folder and moves it into
 * place only when the whole build has succeeded. A failed build (broken
 * content, a failing hook) leaves the previous `dist/` as it was, or none,
 * but never a half-written one. List it after every integration that writes
 * into the output in astro:build:done.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** `dist/` builds in `.dist-staging/`, next to it (same disk, so the move is a rename). */
export function stagingDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-staging`);
}

export function stagedOutDir(): AstroIntegration {
  let finalDir = '';
  return {
    name: 'staged-out-dir',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir);
        const staging = stagingDirFor(finalDir);
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const staging = fileURLToPath(dir);
        if (existsSync(finalDir)) rmSync(finalDir, { recursive: true, force: true });
        renameSync(staging, finalDir);
        logger.info(`moved the finished build into ${basename(finalDir)}/`);
      },
    },
  };
}
