import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedPng, cardKey, filesVersion, stableJson, templateFiles } from '@/og/cache';

const card = {
  seriesName: 'De luisterende koning',
  partLabel: 'Deel 3 van 4',
  title: 'Partner op papier',
  host: 'x.nl',
};

describe('share image cache key', () => {
  it('is the same for the same inputs, whatever their key order', () => {
    const reordered = { title: card.title, host: card.host, partLabel: card.partLabel, seriesName: card.seriesName };
    expect(cardKey('essay', reordered, 'v1')).toBe(cardKey('essay', card, 'v1'));
    expect(stableJson({ b: { d: 1, c: [2, { f: 3, e: 4 }] }, a: 0 })).toBe('{"a":0,"b":{"c":[2,{"e":4,"f":3}],"d":1}}');
  });

  it('changes with any input, the kind of card and the template version', () => {
    const key = cardKey('essay', card, 'v1');
    expect(cardKey('essay', { ...card, title: 'Partner op papier.' }, 'v1')).not.toBe(key);
    expect(cardKey('essay', { ...card, partLabel: 'Deel 3 van 5' }, 'v1')).not.toBe(key);
    expect(cardKey('result', card, 'v1')).not.toBe(key);
    expect(cardKey('essay', card, 'v2')).not.toBe(key);
  });

  it('takes a template version that follows the files’ contents and names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-version-'));
    const [a, b] = [join(dir, 'a.ts'), join(dir, 'b.ts')];
    writeFileSync(a, 'one');
    writeFileSync(b, 'two');
    const version = await filesVersion([a, b]);
    expect(await filesVersion([b, a])).toBe(version);
    writeFileSync(b, 'two!');
    expect(await filesVersion([a, b])).not.toBe(version);
    // Moving content from one file to the next is a change too.
    writeFileSync(a, 'onetwo');
    writeFileSync(b, '!');
    const moved = await filesVersion([a, b]);
    writeFileSync(a, 'one');
    writeFileSync(b, 'two!');
    expect(moved).not.toBe(await filesVersion([a, b]));
  });

  it('covers the templates, the brand colours, the fonts and the renderers', async () => {
    const files = await templateFiles(process.cwd());
    for (const part of [
      'src/og/essay-card.ts',
      'src/og/result-card.ts',
      'src/og/node.ts',
      'src/og/render-worker.mjs',
      'src/brand.ts',
      '.woff',
      'satori/package.json',
      'resvg-js/package.json',
    ])
      expect(files.some((file) => file.endsWith(part))).toBe(true);
  });
});

describe('share image cache', () => {
  it('draws a card once and reads it back after that', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    let draws = 0;
    const draw = async () => {
      draws += 1;
      return Buffer.from('png');
    };
    expect((await cachedPng(dir, 'k1', draw)).toString()).toBe('png');
    expect((await cachedPng(dir, 'k1', draw)).toString()).toBe('png');
    expect(draws).toBe(1);
    await cachedPng(dir, 'k2', draw);
    expect(draws).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['k1.png', 'k2.png']);
  });
});
