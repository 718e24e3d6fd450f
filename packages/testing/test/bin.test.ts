/** The `stash-fake` command as a user runs it: the committed bin shim, which loads the build. */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/stash-fake.js', import.meta.url));
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, [BIN, ...args], { timeout: 10_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('stash-fake', () => {
  it('--help prints the usage, naming every served version', async () => {
    const { code, stdout, stderr } = await run('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: stash-fake \[--port 9999\]/);
    expect(stdout).toContain('v0.28.1, v0.29.3, v0.30.1');
  });

  it.each([
    [['--version', '0.30.1'], '--version 0.30.1 is not served; valid versions: v0.28.1, v0.29.3, v0.30.1'],
    [['--prot', '1'], "Unknown option '--prot'"],
    [['--port', 'x'], '--port must be a whole number from 0 to 65535 (got "x")'],
    [['extra'], "Unexpected argument 'extra'"],
    [['--seed', '/nonexistent/seed.json'], '--seed /nonexistent/seed.json: ENOENT'],
  ])('%j: one line naming what is valid, exit code 2, no stack trace', async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`stash-fake: ${message}`);
    expect(stderr).toMatch(/Run stash-fake --help for usage\.\n$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('serves the chosen version until SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, '--port', '0', '--version', 'v0.29.3', '--api-key', 'k'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /listening on (\S+)/.exec(line.toString())?.[1];
      expect(line.toString()).toMatch(
        /^fake Stash v0\.29\.3 listening on http:\/\/127\.0\.0\.1:\d+\/graphql .* with an API key/,
      );
      const res = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ApiKey: 'k' },
        body: JSON.stringify({ query: '{ version { version } }' }),
      });
      expect(await res.json()).toEqual({ data: { version: { version: 'v0.29.3' } } });
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
