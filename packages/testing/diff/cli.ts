/**
 * pnpm diff:fidelity [--sequences 2000] [--start 1] [--length 10] [--replay <seed>] [--seeds 3,17,…] [--show 10]
 *
 * Runs generated operation sequences against the fake and against a real Stash (STASH_URL, STASH_API_KEY), and
 * reports the first diverging answer of each sequence with the seed that replays it. What a sequence creates on the
 * real server is destroyed after it. Without STASH_URL it compares two fakes (a self-check of the harness).
 */
import { parseArgs } from 'node:util';
import { createFakeStash } from '../src/index.js';
import { generate } from './generate.js';
import { cleanup, firstDifference, runSequence, type Server } from './runSequence.js';

const { values } = parseArgs({
  options: {
    sequences: { type: 'string', default: '2000' },
    start: { type: 'string', default: '1' },
    length: { type: 'string', default: '10' },
    replay: { type: 'string' },
    seeds: { type: 'string' },
    show: { type: 'string', default: '10' },
  },
});

// The self-check's two fakes share one frozen clock: on their own clocks a second boundary falling between their
// answers to the same write orders a `created_at` sort differently, a difference that is only timing.
const frozen = new Date();
const clock = process.env.STASH_URL ? undefined : () => frozen;
const fake = await createFakeStash({ now: clock });
const other = process.env.STASH_URL ? null : await createFakeStash({ now: clock });
const real: Server = process.env.STASH_URL
  ? { url: process.env.STASH_URL, apiKey: process.env.STASH_API_KEY || undefined }
  : { url: (other as NonNullable<typeof other>).url };
const label = process.env.STASH_URL ? 'real Stash' : 'a second fake';

const seeds = values.replay
  ? [Number(values.replay)]
  : values.seeds
    ? values.seeds.split(',').map(Number)
    : Array.from({ length: Number(values.sequences) }, (_, i) => Number(values.start) + i);
let operations = 0;
const diffs: { seed: number; index: number; root: string; a: unknown; b: unknown; variables: unknown }[] = [];
const started = Date.now();
try {
  for (const seed of seeds) {
    const sequence = generate(seed, Number(values.length));
    fake.reset();
    other?.reset();
    const a = await runSequence({ url: fake.url }, sequence);
    const b = await runSequence(real, sequence);
    if (process.env.STASH_URL) await cleanup(real, b.created);
    operations += sequence.operations.length;
    if (values.replay) {
      for (const [i, op] of sequence.operations.entries())
        console.log(
          JSON.stringify({ i, query: op.query, variables: op.variables, fake: a.answers[i], other: b.answers[i] }),
        );
    }
    const d = firstDifference(sequence, a, b);
    if (d) {
      const root = /\{\s*(\w+)/.exec(d.operation.query)?.[1] ?? '?';
      diffs.push({ seed, index: d.index, root, a: d.a, b: d.b, variables: d.operation.variables });
    }
    if (seeds.length > 50 && (seed - seeds[0]!) % 100 === 99)
      console.error(`… ${seed - seeds[0]! + 1}/${seeds.length} sequences, ${diffs.length} with a difference`);
  }
} finally {
  await fake.close();
  await other?.close();
}

const byRoot = new Map<string, number>();
for (const d of diffs) byRoot.set(d.root, (byRoot.get(d.root) ?? 0) + 1);
console.log(
  `${seeds.length} sequences, ${operations} operations against the fake and ${label}: ${diffs.length} sequences with a difference (${Math.round((Date.now() - started) / 1000)} s)`,
);
if (diffs.length) console.log(`first differences by operation: ${JSON.stringify(Object.fromEntries(byRoot))}`);
for (const d of diffs.slice(0, Number(values.show))) {
  console.log(`\nseed ${d.seed}, operation ${d.index} (${d.root}) — replay: pnpm diff:fidelity --replay ${d.seed}`);
  console.log(`  variables: ${JSON.stringify(d.variables)}`);
  console.log(`  fake:      ${JSON.stringify(d.a)}`);
  console.log(`  ${process.env.STASH_URL ? 'real' : 'other'}:      ${JSON.stringify(d.b)}`);
}
process.exit(diffs.length ? 1 : 0);
