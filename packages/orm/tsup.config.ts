import { defineConfig } from 'tsup';

// ESM for import, CJS for require; declarations for both. Every package ships both formats, so a CommonJS consumer
// loads one copy of core through all of them (and brand.ts keeps instanceof true if two copies meet anyway).
export default defineConfig({
  // `internal` is the store's entry point into entity state; both entries share one copy of each module (splitting,
  // for CJS too), so an entity made through one is an entity to the other.
  entry: { index: 'src/index.ts', internal: 'src/internal.ts' },
  splitting: true,
  // Rollup (treeshake) turns the shared ESM chunks into CommonJS; without it tsup uses sucrase, which rewrites classes.
  treeshake: true,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
});
