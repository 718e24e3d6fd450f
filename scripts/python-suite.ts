/**
 * Fidelity check with a suite nobody here wrote: the integration tests of the Python client stash-graphql-client
 * (v0.12.2, `tests/integration`), run against the fake and against a real Stash; the set of passing tests should be
 * the same. Steps and prerequisites: docs/testing.md ("Fidelity checks against a real Stash"). Not run in CI.
 *
 *   pnpm fidelity:python patch <client-dir>         make its server address and API key configurable (in place)
 *   pnpm fidelity:python run <client-dir> --fake    run it against a fresh fake with the real instance's library
 *   pnpm fidelity:python run <client-dir> [--url U --api-key K]   ... or against STASH_URL / STASH_API_KEY
 *   pnpm fidelity:python compare <a.xml> <b.xml>    the tests whose outcome differs between two runs
 *
 * Nothing of the client is vendored: `patch` edits the caller's extracted copy, with anchors checked so that a
 * different version fails loudly instead of running against the wrong server.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFakeStash, type SeedData } from '@stash-graphql/testing';

const MARK = 'sgc-fidelity';
const CONN_DICT =
  '    conn = {\n        "Scheme": "http",\n        "Host": "localhost",\n        "Port": 9999,\n    }\n';
const CONN_FROM_ENV = `    # ${MARK}: the server under test comes from SGC_STASH_CONN (stash-graphql scripts/python-suite.ts)\n    conn = __import__("json").loads(__import__("os").environ.get("SGC_STASH_CONN", "null")) or conn\n`;
const MOCK_URL = 'respx.post("http://localhost:9999/graphql")';
const MOCK_FROM_ENV = 'respx.post(__import__("os").environ.get("SGC_GRAPHQL_URL", "http://localhost:9999/graphql"))';

/** The three places v0.12.2 hard-codes localhost:9999: the state probe, the client fixture, two respx mocks. */
const PATCHES = [
  { file: 'tests/conftest.py', find: CONN_DICT, replace: CONN_DICT + CONN_FROM_ENV, count: 1, done: MARK },
  { file: 'tests/fixtures/client.py', find: CONN_DICT, replace: CONN_DICT + CONN_FROM_ENV, count: 1, done: MARK },
  {
    file: 'tests/integration/test_version_integration.py',
    find: MOCK_URL,
    replace: MOCK_FROM_ENV,
    count: 2,
    done: 'SGC_GRAPHQL_URL',
  },
];

/**
 * The library of a real instance made by /work/stash-inst/mk.sh (two videos, two images), as fake files under the
 * fake's default library path. Tests that need scenes run only once the suite's own scan has found them, on both.
 */
const LIBRARY: NonNullable<SeedData['library']> = [
  {
    path: '/data/video_one.mp4',
    size: 31973,
    duration: 2,
    width: 320,
    height: 240,
    video_codec: 'h264',
    audio_codec: 'aac',
    frame_rate: 25,
    format: 'mp4',
  },
  {
    path: '/data/video_two.mp4',
    size: 104039,
    duration: 3,
    width: 320,
    height: 240,
    video_codec: 'h264',
    frame_rate: 25,
    format: 'mp4',
  },
  { path: '/data/images/image_red.png', size: 170, width: 64, height: 48, format: 'png' },
  { path: '/data/images/image_test.png', size: 575, width: 80, height: 60, format: 'png' },
];

const COUNTED = ['scenes', 'images', 'galleries', 'performers', 'studios', 'tags', 'groups'] as const;

class UsageError extends Error {}

function patchClient(dir: string): string[] {
  const done: string[] = [];
  for (const p of PATCHES) {
    const path = join(dir, p.file);
    if (!existsSync(path)) throw new UsageError(`${path} not found: is ${dir} an extracted stash-graphql-client?`);
    const text = readFileSync(path, 'utf8');
    if (text.includes(p.done)) continue;
    const found = text.split(p.find).length - 1;
    if (found !== p.count) {
      throw new UsageError(
        `${p.file}: expected ${p.count} hard-coded localhost:9999 block(s), found ${found}; this patch targets stash-graphql-client v0.12.2`,
      );
    }
    writeFileSync(path, text.split(p.find).join(p.replace));
    done.push(p.file);
  }
  return done;
}

type Outcome = 'passed' | 'failed' | 'skipped';
interface TestResult {
  outcome: Outcome;
  message: string;
}

const xmlText = (s: string) =>
  s.replace(/&(quot|amp|lt|gt|apos|#10|#13);/g, (_, e: string) =>
    e === 'quot' ? '"' : e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'apos' ? "'" : ' ',
  );

/** pytest's JUnit XML: one testcase each; a failure/error or skipped child decides the outcome. */
function readJunit(xml: string): Map<string, TestResult> {
  const out = new Map<string, TestResult>();
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const body = m[2] ?? '';
    const child = /<(failure|error|skipped)\b[^>]*?(?:message="([^"]*)")?/.exec(body);
    const outcome: Outcome = !child ? 'passed' : child[1] === 'skipped' ? 'skipped' : 'failed';
    out.set(`${attrs.classname}::${attrs.name}`, { outcome, message: xmlText(child?.[2] ?? '').slice(0, 160) });
  }
  return out;
}

function counts(results: Map<string, TestResult>): string {
  const n = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results.values()) n[r.outcome]++;
  return `${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped`;
}

async function gql(url: string, apiKey: string | undefined, query: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { ApiKey: apiKey } : {}) },
    body: JSON.stringify({ query }),
  });
  if (!res.ok) throw new UsageError(`${url} answered HTTP ${res.status}; check the URL and the API key`);
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (!body.data) throw new UsageError(`${url}: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}

/** The suite's skips and several outcomes depend on what the server holds: compare runs from an empty database. */
async function requireEmpty(url: string, apiKey: string | undefined): Promise<void> {
  const fields = COUNTED.map((c) => `${c}: find${c[0]?.toUpperCase()}${c.slice(1)} { count }`).join(' ');
  const data = await gql(url, apiKey, `{ ${fields} }`);
  const held = COUNTED.filter((c) => ((data[c] as { count: number }).count ?? 0) > 0);
  if (held.length) {
    throw new UsageError(
      `${url} is not empty (${held.map((c) => `${c}: ${(data[c] as { count: number }).count}`).join(', ')}); ` +
        'reset it (shared/real-stash/reset.sh) so both runs start alike, or pass --allow-data',
    );
  }
}

function pytest(dir: string, python: string, url: string, apiKey: string | undefined, junit: string, extra: string[]) {
  const u = new URL(url);
  const conn = {
    Scheme: u.protocol.replace(':', ''),
    Host: u.hostname,
    Port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)),
    ...(apiKey ? { ApiKey: apiKey } : {}),
  };
  // Fixed order (no pytest-randomly) so that two runs meet the same server state; no coverage, no strict markers
  // (v0.12.2 uses a marker it does not declare).
  const args = ['-m', 'pytest', 'tests/integration', '-o', 'addopts=', '-p', 'no:randomly', '-p', 'no:cacheprovider'];
  args.push('--tb=short', '-q', '-rfEs', `--junitxml=${junit}`, ...extra);
  return new Promise<number>((done, fail) => {
    const child = spawn(python, args, {
      cwd: dir,
      stdio: 'inherit',
      env: {
        ...process.env,
        SGC_STASH_CONN: JSON.stringify(conn),
        SGC_GRAPHQL_URL: `${conn.Scheme}://${conn.Host}:${conn.Port}/graphql`,
      },
    });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

interface RunOptions {
  fake?: boolean | undefined;
  url?: string | undefined;
  'api-key'?: string | undefined;
  python?: string | undefined;
  junit?: string | undefined;
  'allow-data'?: boolean | undefined;
}

async function run(dir: string, values: RunOptions, extra: string[]) {
  if (!readFileSync(join(dir, 'tests/conftest.py'), 'utf8').includes(MARK)) {
    throw new UsageError(`${dir} is not patched yet: run \`pnpm fidelity:python patch ${dir}\` first`);
  }
  const python = values.python ?? 'python3';
  const junit = resolve(values.junit ?? (values.fake ? 'python-suite-fake.xml' : 'python-suite-real.xml'));
  let url = values.url ?? process.env.STASH_URL;
  let apiKey = values['api-key'] ?? process.env.STASH_API_KEY;
  const fakeKey = randomBytes(12).toString('hex');
  const fake = values.fake ? await createFakeStash({ apiKey: fakeKey, seed: { library: LIBRARY } }) : undefined;
  try {
    if (fake) {
      url = fake.url;
      apiKey = fakeKey;
    }
    if (!url) throw new UsageError('no server: pass --fake, or --url (or set STASH_URL) and --api-key / STASH_API_KEY');
    if (!values['allow-data']) await requireEmpty(url, apiKey);
    console.log(`python-suite: ${fake ? `a fresh fake ${fake.version}` : url}; results in ${junit}`);
    await pytest(dir, python, url, apiKey, junit, extra);
  } finally {
    await fake?.close();
  }
  const results = readJunit(readFileSync(junit, 'utf8'));
  console.log(`python-suite: ${fake ? 'fake' : url}: ${counts(results)}`);
}

function compare(a: string, b: string): number {
  const left = readJunit(readFileSync(a, 'utf8'));
  const right = readJunit(readFileSync(b, 'utf8'));
  console.log(`${a}: ${counts(left)}\n${b}: ${counts(right)}`);
  let differ = 0;
  for (const name of [...new Set([...left.keys(), ...right.keys()])].sort()) {
    const l = left.get(name);
    const r = right.get(name);
    if (l?.outcome === r?.outcome) continue;
    differ++;
    const show = (x: TestResult | undefined) => (x ? `${x.outcome}${x.message ? ` (${x.message})` : ''}` : 'absent');
    console.log(`\n${name}\n  ${a}: ${show(l)}\n  ${b}: ${show(r)}`);
  }
  console.log(differ ? `\n${differ} test(s) differ` : '\nsame outcome for every test');
  return differ ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      fake: { type: 'boolean' },
      url: { type: 'string' },
      'api-key': { type: 'string' },
      python: { type: 'string' },
      junit: { type: 'string' },
      'allow-data': { type: 'boolean' },
      pytest: { type: 'string', multiple: true },
    },
  });
  const [command, ...rest] = positionals;
  if (command === 'patch' && rest.length === 1) {
    const changed = patchClient(rest[0] as string);
    console.log(changed.length ? `patched ${changed.join(', ')}` : 'already patched');
    return 0;
  }
  if (command === 'run' && rest.length === 1) {
    await run(rest[0] as string, values, values.pytest ?? []);
    return 0;
  }
  if (command === 'compare' && rest.length === 2) return compare(rest[0] as string, rest[1] as string);
  throw new UsageError('usage: python-suite patch <dir> | run <dir> [--fake | --url U --api-key K] | compare <a> <b>');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`python-suite: ${e instanceof UsageError ? e.message : (e.stack ?? e.message)}`);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
