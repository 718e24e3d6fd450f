#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SeedData, StashVersion } from './backend/index.js';
import { createFakeStash } from './createFakeStash.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9999' },
    version: { type: 'string', default: 'v0.30.1' },
    'api-key': { type: 'string' },
    seed: { type: 'string' },
  },
});

const stash = await createFakeStash({
  port: Number(values.port),
  version: values.version as StashVersion,
  apiKey: values['api-key'],
  seed: values.seed ? (JSON.parse(readFileSync(values.seed, 'utf8')) as SeedData) : undefined,
});
console.log(
  `fake Stash ${stash.version} listening on ${stash.url} (ws: ${stash.wsUrl})${values['api-key'] ? ' with an API key' : ''}`,
);
const stop = () => void stash.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
