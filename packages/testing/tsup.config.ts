import { defineConfig } from 'tsup';

// ESM for import, CJS for require; declarations for both, as in every package. The fake reads its schema with
// import.meta.url, which `shims` provides in the CJS build.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    shims: true,
    // Both configs build at once: keep the CLI's output.
    clean: ['!cli.js'],
    target: 'node20',
  },
  {
    // The CLI, loaded by bin/stash-fake.js; it imports the package's own ESM build rather than bundling a copy.
    entry: { cli: 'src/bin.ts' },
    format: ['esm'],
    external: ['./index.js'],
    dts: false,
    clean: false,
    target: 'node20',
  },
]);
