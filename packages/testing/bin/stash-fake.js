#!/usr/bin/env node
// Committed, so the bin exists when a package manager links it at install time, before the package is built in a
// workspace; it loads the build only when run.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('stash-fake: @stash-graphql/testing is not built yet; run `pnpm build` in the repository first.');
  process.exit(1);
}
await import(cli.href);
