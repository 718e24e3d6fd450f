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
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFakeStash, type SeedData } from '@stash-graphql/testing';
import { counts, diffRuns, MARK, PatchError, patchClient, readJunit, type TestResult } from './lib/pythonSuite.ts';

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
        'reset its database so both runs start alike, or pass --allow-data',
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
  const conftest = join(dir, 'tests/conftest.py');
  if (!existsSync(conftest))
    throw new UsageError(`${conftest} not found: is ${dir} an extracted stash-graphql-client?`);
  if (!readFileSync(conftest, 'utf8').includes(MARK)) {
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
  const differ = diffRuns(left, right);
  const show = (x: TestResult | undefined) => (x ? `${x.outcome}${x.message ? ` (${x.message})` : ''}` : 'absent');
  for (const d of differ) console.log(`\n${d.name}\n  ${a}: ${show(d.a)}\n  ${b}: ${show(d.b)}`);
  console.log(differ.length ? `\n${differ.length} test(s) differ` : '\nsame outcome for every test');
  return differ.length ? 1 : 0;
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
    console.error(
      `python-suite: ${e instanceof UsageError || e instanceof PatchError ? e.message : (e.stack ?? e.message)}`,
    );
    process.exit(e instanceof UsageError || e instanceof PatchError ? 2 : 1);
  },
);
