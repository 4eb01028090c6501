import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScripts } from '@/scripts/inline';

describe('the inline scripts', () => {
  for (const [name, { code }] of Object.entries(inlineScripts))
    it(`${name} compiles as a classic script (no top-level return, no module syntax)`, () => {
      expect(() => new Script(code, { filename: `${name}.js` })).not.toThrow();
    });
});
