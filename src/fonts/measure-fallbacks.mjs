#!/usr/bin/env node
// Writes src/fonts/fallback-metrics.json: the metrics of the local fallback
// fonts that @capsizecss/metrics does not carry (Linux's DejaVu Serif and
// Liberation Serif), read from Debian's font files with @capsizecss/unpack.
// Run with the project's Node when those files change: npx node src/fonts/measure-fallbacks.mjs
import { writeFileSync } from 'node:fs';
import { fromFile } from '@capsizecss/unpack/fs';
import { measuredFallbacks } from './fallback-files.mjs';

const metrics = {};
for (const [name, file] of Object.entries(measuredFallbacks)) {
  const { familyName, fullName, postscriptName, ascent, descent, lineGap, unitsPerEm, xWidthAvg } =
    await fromFile(file);
  metrics[name] = { familyName, fullName, postscriptName, ascent, descent, lineGap, unitsPerEm, xWidthAvg };
}
writeFileSync(new URL('./fallback-metrics.json', import.meta.url), `${JSON.stringify(metrics, null, 2)}\n`);
console.log(metrics);
