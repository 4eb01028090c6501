/**
 * A fresh id per build, written to dist/build-id.txt, so the end-to-end tests
 * can tell whether the server on their port serves this checkout's build.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the id lives, relative to the site root. */
export const BUILD_ID_PATH = '/build-id.txt';

export function writeBuildId(outDir: string): string {
  const id = `${new Date().toISOString()} ${randomUUID()}`;
  writeFileSync(join(outDir, BUILD_ID_PATH), `${id}\n`);
  return id;
}

/** The id of the build in outDir, or null when there is none. */
export function readBuildId(outDir: string): string | null {
  try {
    return readFileSync(join(outDir, BUILD_ID_PATH), 'utf8').trim();
  } catch {
    return null;
  }
}
