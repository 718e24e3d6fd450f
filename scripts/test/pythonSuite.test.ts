import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { counts, diffRuns, PatchError, patchClient, readJunit } from '../lib/pythonSuite.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// Only the few lines the patch anchors on, as the client's v0.12.2 test files have them; nothing else of theirs.
const CONN = '    conn = {\n        "Scheme": "http",\n        "Host": "localhost",\n        "Port": 9999,\n    }\n';
const MOCK = '    respx.post("http://localhost:9999/graphql").mock(\n';

function client(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sgc-client-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const v0122 = () =>
  client({
    'tests/conftest.py': `async def probe():\n${CONN}\n    return conn\n`,
    'tests/fixtures/client.py': `def ctx():\n${CONN}    key = 1\n`,
    'tests/integration/test_version_integration.py': `def a():\n${MOCK}\ndef b():\n${MOCK}`,
  });

describe('patchClient', () => {
  it('makes the connection and the mocked URL come from the environment, once', () => {
    const dir = v0122();
    expect(patchClient(dir)).toEqual([
      'tests/conftest.py',
      'tests/fixtures/client.py',
      'tests/integration/test_version_integration.py',
    ]);
    const conftest = readFileSync(join(dir, 'tests/conftest.py'), 'utf8');
    expect(conftest).toContain(
      `${CONN}    # sgc-fidelity: the server under test comes from SGC_STASH_CONN (stash-graphql scripts/python-suite.ts)\n    conn = __import__("json").loads(__import__("os").environ.get("SGC_STASH_CONN", "null")) or conn\n`,
    );
    const version = readFileSync(join(dir, 'tests/integration/test_version_integration.py'), 'utf8');
    expect(version.split('respx.post(__import__("os").environ.get("SGC_GRAPHQL_URL", "http://').length - 1).toBe(2);
    expect(version).not.toContain('respx.post("http://localhost:9999/graphql")');
    // a second run finds its own mark and changes nothing
    expect(patchClient(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'tests/conftest.py'), 'utf8')).toBe(conftest);
  });

  it('refuses another version before writing any file, naming the one it targets', () => {
    const dir = v0122();
    writeFileSync(join(dir, 'tests/integration/test_version_integration.py'), `def a():\n${MOCK}`);
    expect(() => patchClient(dir)).toThrow(PatchError);
    expect(() => patchClient(dir)).toThrow(
      'tests/integration/test_version_integration.py: expected 2 hard-coded localhost:9999 block(s), found 1; this patch targets stash-graphql-client v0.12.2',
    );
    expect(readFileSync(join(dir, 'tests/conftest.py'), 'utf8')).not.toContain('sgc-fidelity');
    const empty = client({});
    expect(() => patchClient(empty)).toThrow(
      /tests\/conftest\.py not found: is .* an extracted stash-graphql-client\?/,
    );
  });
});

describe('readJunit and diffRuns', () => {
  const xml = (skipped: string) => `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest">
<testcase classname="tests.integration.test_a" name="test_ok" time="0.1" />
<testcase classname="tests.integration.test_a" name="test_bad" time="0.1"><failure message="assert 1 == 2">trace</failure></testcase>
<testcase classname="tests.integration.test_a" name="test_broken" time="0.1"><error message="fixture">trace</error></testcase>
<testcase classname="tests.integration.test_b" name="test_maybe" time="0.1">${skipped}</testcase>
</testsuite></testsuites>`;

  it('reads each outcome and its message', () => {
    const run = readJunit(
      xml('<skipped type="pytest.skip" message="No &quot;scenes&quot; &amp; no &lt;images&gt;">x</skipped>'),
    );
    expect([...run.entries()]).toEqual([
      ['tests.integration.test_a::test_ok', { outcome: 'passed', message: '' }],
      ['tests.integration.test_a::test_bad', { outcome: 'failed', message: 'assert 1 == 2' }],
      ['tests.integration.test_a::test_broken', { outcome: 'failed', message: 'fixture' }],
      ['tests.integration.test_b::test_maybe', { outcome: 'skipped', message: 'No "scenes" & no <images>' }],
    ]);
    expect(counts(run)).toBe('1 passed, 2 failed, 1 skipped');
  });

  it('lists the tests whose outcome differs, including one absent from a run', () => {
    const a = readJunit(xml('<skipped message="too fast" />'));
    const b = readJunit(xml(''));
    b.delete('tests.integration.test_a::test_ok');
    expect(diffRuns(a, b)).toEqual([
      {
        name: 'tests.integration.test_a::test_ok',
        a: { outcome: 'passed', message: '' },
        b: undefined,
      },
      {
        name: 'tests.integration.test_b::test_maybe',
        a: { outcome: 'skipped', message: 'too fast' },
        b: { outcome: 'passed', message: '' },
      },
    ]);
    expect(diffRuns(a, a)).toEqual([]);
  });
});
