import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import workspace packages by name and run against their sources; the packaging tests load dist/ instead.
const src = (pkg: string, entry = 'index') =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));
const alias = [
  ...['core', 'testing', 'orm', 'store'].map((pkg) => ({
    find: new RegExp(`^@stash-graphql/${pkg}$`),
    replacement: src(pkg),
  })),
  // Subpath entries (package.json exports).
  { find: /^@stash-graphql\/core\/generated$/, replacement: src('core', 'generated') },
  { find: /^@stash-graphql\/orm\/internal$/, replacement: src('orm', 'internal') },
];

const project = (name: string, include: string[], testTimeout = 20_000) => ({
  resolve: { alias },
  test: { name, include, testTimeout },
});

export default defineConfig({
  test: {
    projects: [
      project('core', ['packages/core/test/**/*.test.ts']),
      project('testing', ['packages/testing/test/**/*.test.ts']),
      project('orm', ['packages/orm/test/**/*.test.ts']),
      project('store', ['packages/store/test/**/*.test.ts']),
      project('contract', ['packages/testing/contract/**/*.test.ts'], 30_000),
      project('repo', ['scripts/test/**/*.test.ts', 'docs/**/*.test.ts'], 60_000),
      project('bench', ['bench/**/*.test.ts'], 60_000),
      // Type tests: tsc checks packages/*/test/types; expectTypeOf and @ts-expect-error fail the run when wrong.
      {
        resolve: { alias },
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['packages/*/test/types/**/*.test-d.ts'],
            tsconfig: './tsconfig.types.json',
          },
        },
      },
    ],
  },
});
