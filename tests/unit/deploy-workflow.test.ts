/**
 * The GitHub Pages workflow: it runs the whole test suite before anything is
 * published, every action is pinned to a full commit SHA, and each job holds
 * only the permissions it needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const text = readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8');

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(text) as { permissions?: unknown; jobs: Record<string, Job> };
const { build, deploy } = workflow.jobs;

describe('.github/workflows/deploy.yml', () => {
  it('tests before it publishes: the build job runs .ci/run (npm test) before uploading dist/', () => {
    const steps = build!.steps;
    const test = steps.findIndex((step) => /\bbash \.ci\/run\b|\bnpm test\b/.test(step.run ?? ''));
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(test).toBeGreaterThanOrEqual(0);
    expect(upload).toBeGreaterThan(test);
    expect(deploy!.needs).toBe('build');
    expect(readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')).toMatch(/^npm test$/m);
  });

  it('pins every action to a full commit SHA, with its tag in a comment', () => {
    const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const [, action, rest] of uses) {
      expect(action, action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(rest, action).toMatch(/#\s*v\d+(\.\d+)*/);
    }
  });

  it('gives each job only what it needs', () => {
    expect(workflow.permissions).toEqual({});
    expect(build!.permissions).toEqual({ contents: 'read' });
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(build!.steps.find((step) => step.uses?.startsWith('actions/checkout@'))).toMatchObject({
      with: { 'persist-credentials': false },
    });
  });
});
