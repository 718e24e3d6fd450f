#!/usr/bin/env node
// `npm test` / `npm run demo` on a machine with only Node and npm: get pnpm, install, then run the pnpm task.
// Plain JS with no dependencies, because nothing is installed yet when it runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // pnpm@10.x.y
const task = process.argv[2];
if (!task) {
  console.error('usage: bootstrap.mjs <pnpm script>');
  process.exit(2);
}

function pnpmCommand() {
  try {
    const v = execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim();
    if (v.startsWith('10.')) return ['pnpm'];
  } catch {}
  return ['npx', '--yes', pinned];
}

// Turbo's first run otherwise prints a telemetry notice into every fresh clone's output.
process.env.TURBO_TELEMETRY_DISABLED ??= '1';
const [cmd, ...pre] = pnpmCommand();
const run = (args) => {
  const r = spawnSync(cmd, [...pre, ...args], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: process.env,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!existsSync(join(root, 'node_modules/.modules.yaml'))) run(['install', '--frozen-lockfile']);
run(['run', task, ...process.argv.slice(3)]);
