/**
 * pnpm test:stress [--runs 5] [--hogs 2] [-- <vitest args>]
 *
 * The whole test suite N times in a row (default 5) while CPU hogs (default 2 busy-loop processes) run beside it, to
 * show the suite does not depend on timing. Builds once first. Prints one line per run (pass/fail, time, failed
 * tests) and exits non-zero if any run failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './lib/schemaSource.ts';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, hogs: { type: 'string', default: '2' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const hogs = Number(values.hogs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number (got ${values.runs})`);
if (!Number.isInteger(hogs) || hogs < 0) throw new Error(`--hogs must be a whole number (got ${values.hogs})`);

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: REPO_ROOT,
  env,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Busy loops in their own processes; killed by pid at the end (and if this process is interrupted).
const hogProcs = Array.from({ length: hogs }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopHogs = () => {
  for (const h of hogProcs) if (h.exitCode === null) h.kill('SIGKILL');
};
process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
console.log(
  `stress: ${runs} runs of the whole suite with ${hogs} CPU hog(s) (pids ${hogProcs.map((h) => h.pid).join(', ') || 'none'})`,
);

interface JsonReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[]; message?: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'stash-stress-'));
let failedRuns = 0;
try {
  for (let i = 1; i <= runs; i++) {
    const report = join(dir, `run-${i}.json`);
    const started = Date.now();
    const r = spawnSync(
      'pnpm',
      ['exec', 'vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`, ...positionals],
      { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 256 << 20 },
    );
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    let failed: string[] = [];
    let total = 0;
    try {
      const json = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
      total = json.numTotalTests;
      failed = json.testResults.flatMap((f) => {
        const tests = f.assertionResults
          .filter((a) => a.status === 'failed')
          .map((a) => `${f.name.replace(`${REPO_ROOT}/`, '')} > ${a.fullName}`);
        // A file that failed to load has no failed assertions, only a message.
        return tests.length || !f.message
          ? tests
          : [`${f.name.replace(`${REPO_ROOT}/`, '')}: ${f.message.split('\n')[0]}`];
      });
    } catch {
      failed = [
        `no report (vitest exited ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`,
      ];
    }
    const pass = r.status === 0 && failed.length === 0;
    if (!pass) failedRuns++;
    console.log(
      `run ${i}/${runs}: ${pass ? 'PASS' : 'FAIL'} in ${secs}s, ${total} tests${failed.length ? `, ${failed.length} failed:` : ''}`,
    );
    for (const f of failed) console.log(`    ${f}`);
  }
} finally {
  stopHogs();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`stress: ${runs - failedRuns}/${runs} runs passed`);
process.exit(failedRuns ? 1 : 0);
