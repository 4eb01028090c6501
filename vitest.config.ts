import { defineConfig } from 'vitest/config';

/**
 * Three groups of Vitest tests, run at different points of `npm test`:
 *   unit  pure logic and the content itself, before the build
 *   build broken content in temporary copies of the project must fail the build
 *   dist  the finished dist/: its file list and every internal link
 */
export default defineConfig({
  resolve: { alias: { '@/': new URL('./src/', import.meta.url).pathname } },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
