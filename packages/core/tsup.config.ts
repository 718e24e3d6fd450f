import { defineConfig } from 'tsup';

// ESM for import, CJS for require; declarations for both. Every package ships both formats, so a CommonJS consumer
// loads one copy of core through all of them (and brand.ts keeps instanceof true if two copies meet anyway).
export default defineConfig({
  // `generated` is the codegen'd documents and schema types; both entries share one copy of each module (splitting,
  // for CJS too), so StashClient and the operation table it is built from are the same objects through either.
  entry: { index: 'src/index.ts', generated: 'src/generated.ts' },
  splitting: true,
  // Rollup (treeshake) turns the shared ESM chunks into CommonJS; without it tsup uses sucrase, which rewrites classes.
  treeshake: true,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
});
