import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import workspace packages by name and run against their sources; the packaging tests load dist/ instead.
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));
const alias = [
  { find: /^@stash-graphql\/core$/, replacement: src('core') },
  { find: /^@stash-graphql\/testing$/, replacement: src('testing') },
  { find: /^@stash-graphql\/orm$/, replacement: src('orm') },
  { find: /^@stash-graphql\/store$/, replacement: src('store') },
];

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'core', include: ['packages/core/test/**/*.test.ts'], testTimeout: 20_000 } },
      {
        resolve: { alias },
        test: { name: 'testing', include: ['packages/testing/test/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        resolve: { alias },
        test: { name: 'contract', include: ['packages/testing/contract/**/*.test.ts'], testTimeout: 30_000 },
      },
      { resolve: { alias }, test: { name: 'repo', include: ['scripts/test/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
