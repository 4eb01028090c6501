/** Temporary copies of the project for the build tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Run {
  status: number | null;
  output: string;
}

const projectFiles = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A temporary copy of the project (plus `extra` paths). Its node_modules links
 * every package but not Astro's cache folder (.astro), so a case controls its
 * own cache. `run` runs a command in the copy.
 */
export function withCopy<T>(
  work: (dir: string, run: (command: string, ...args: string[]) => Run) => T,
  extra: string[] = [],
): T {
  const dir = mkdtempSync(join(tmpdir(), 'dlk-copy-'));
  try {
    for (const entry of [...projectFiles, ...extra]) cpSync(entry, join(dir, entry), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync('node_modules').filter((n) => n !== '.astro')) {
      symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
    }
    const run = (command: string, ...args: string[]): Run => {
      const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', timeout: 170_000 });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    };
    return work(dir, run);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
