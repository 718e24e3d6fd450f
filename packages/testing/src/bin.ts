/**
 * The `stash-fake` command (bin/stash-fake.js loads the build of this file). Bad flags end with one line naming
 * what is valid and exit code 2, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createFakeStash, FAKE_STASH_VERSIONS, type SeedData, type StashVersion } from './index.js';

const USAGE = `Usage: stash-fake [--port 9999] [--version v0.30.1] [--api-key KEY] [--seed seed.json]

An in-memory fake Stash serving the real GraphQL schema over HTTP and WebSocket on 127.0.0.1.

Options:
  --port <n>        TCP port, 0 for any free one (default 9999)
  --version <v>     Stash schema to serve: ${FAKE_STASH_VERSIONS.join(', ')} (default v0.30.1)
  --api-key <key>   require this API key (ApiKey header), as a Stash with credentials does
  --seed <file>     JSON file of initial data (SeedData: tags, performers, studios, scenes, ...)
  -h, --help        show this help`;

class UsageError extends Error {}

function options(argv: string[]) {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '9999' },
        version: { type: 'string', default: 'v0.30.1' },
        'api-key': { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  }
  try {
    parsed = parse();
  } catch (e) {
    // parseArgs words it well ("Unknown option '--prot'"); drop its hint about `--` and positionals.
    throw new UsageError((e as Error).message.split('. To specify')[0] ?? String(e));
  }
  const { values } = parsed;
  if (values.help) return undefined;
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535 (got ${JSON.stringify(values.port)})`);
  }
  const version = values.version;
  if (!(FAKE_STASH_VERSIONS as readonly string[]).includes(version)) {
    throw new UsageError(
      `--version ${values.version} is not served; valid versions: ${FAKE_STASH_VERSIONS.join(', ')}`,
    );
  }
  let seed: SeedData | undefined;
  if (values.seed) {
    try {
      seed = JSON.parse(readFileSync(values.seed, 'utf8')) as SeedData;
    } catch (e) {
      throw new UsageError(`--seed ${values.seed}: ${(e as Error).message}`);
    }
  }
  return { port, version: version as StashVersion, apiKey: values['api-key'], seed };
}

async function main(argv: string[]): Promise<void> {
  const opts = options(argv);
  if (!opts) {
    console.log(USAGE);
    return;
  }
  const stash = await createFakeStash(opts);
  console.log(
    `fake Stash ${stash.version} listening on ${stash.url} (ws: ${stash.wsUrl})${opts.apiKey ? ' with an API key' : ''}`,
  );
  const stop = () => void stash.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: Error) => {
  if (e instanceof UsageError) {
    console.error(`stash-fake: ${e.message}\nRun stash-fake --help for usage.`);
    process.exit(2);
  }
  // Failing to start (port in use, a seed Stash would reject): the message is the whole story.
  console.error(`stash-fake: ${e.message}`);
  process.exit(1);
});
