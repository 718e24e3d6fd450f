import { defineConfig } from 'tsup';

// ESM for import, CJS for require; declarations for both. Every package ships both formats, so a CommonJS consumer
// loads one copy of core through all of them (and brand.ts keeps instanceof true if two copies meet anyway).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
});
