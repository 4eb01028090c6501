/**
 * The site's inline scripts, minified at build time, with the hashes the
 * Content-Security-Policy needs. Essays may carry 1 KB of inline script in
 * all, so every byte counts. The layout registers every hash in <head>:
 * a script rendered later in the body would be too late to add its own.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import fragmentSource from './fragment.js?raw';
import resumeSource from './resume.js?raw';
import resumeParticipantSource from './resume-participant.js?raw';
import shareSource from './share.js?raw';
import themeSource from './theme.js?raw';

export interface InlineScript {
  code: string;
  /** CSP source expression, e.g. 'sha256-…' without quotes. */
  hash: `sha256-${string}`;
}

function prepare(source: string): InlineScript {
  const code = transformSync(source, { minify: true, target: 'es2020' }).code.trim();
  return { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
}

export const inlineScripts = {
  theme: prepare(themeSource),
  share: prepare(shareSource),
  fragment: prepare(fragmentSource),
  resume: prepare(resumeSource),
  resumeParticipant: prepare(resumeParticipantSource),
} as const;
