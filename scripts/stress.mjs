#!/usr/bin/env node
/**
 * The whole suite, several runs in a row, while CPU hogs run beside it: proof that no test depends on timing.
 * Usage: node scripts/stress.mjs [runs=5] [hogs=2] [-- extra vitest arguments]. Exits non-zero if any run failed.
 */
import { spawn, spawnSync } from 'node:child_process';

const dash = process.argv.indexOf('--');
const own = dash < 0 ? process.argv.slice(2) : process.argv.slice(2, dash);
const vitestArgs = dash < 0 ? [] : process.argv.slice(dash + 1);
const runs = Number(own[0] ?? 5);
const hogCount = Number(own[1] ?? 2);
const hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
const stopHogs = () => {
  for (const h of hogs) h.kill('SIGKILL');
};
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));

const results = [];
for (let i = 1; i <= runs; i++) {
  const started = Date.now();
  const r = spawnSync('npx', ['vitest', 'run', ...vitestArgs], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const out = `${r.stdout}\n${r.stderr}`;
  const tests = /Tests\s+(.*?)\(\d+\)/.exec(out)?.[1]?.trim() ?? '?';
  const failed = [...out.matchAll(/^\s*(?:FAIL|×)\s+(.*)$/gm)].map((m) => m[1]);
  results.push({ run: i, ok: r.status === 0, tests, seconds: Math.round((Date.now() - started) / 1000), failed });
  console.log(`run ${i}/${runs}: ${r.status === 0 ? 'green' : 'RED'} — ${tests} in ${results.at(-1).seconds}s`);
  for (const f of [...new Set(failed)]) console.log(`  ${f}`);
}
stopHogs();
const green = results.filter((r) => r.ok).length;
console.log(`${green} of ${runs} runs green with ${hogCount} busy-loop processes beside them`);
process.exit(green === runs ? 0 : 1);
