/**
 * `pnpm bench real` — the issue-9 workloads (and a saveAll of 10,000 new scenes) against a real Stash:
 * STASH_URL, STASH_API_KEY, and STASH_HOME (the instance folder: its library gets the ingest's media files, its
 * stash.log gives the server's own time and bytes per request). Per workload and variant, the median of
 * BENCH_ROUNDS rounds (default 3; a workload whose floor takes under 1 s gets more, up to 60), variants
 * alternating within each round: wall time, server time (sum of the log's `elapsed`), the client's CPU, requests,
 * answer bytes, ×floor (median wall over the floor's median wall, as the issue measures) and the median of
 * per-round ratios with its quartiles. "floor": the same server operations through executeBatch answering ids only.
 * BENCH_BEFORE=<another checkout, built> adds its SDK as "before", in the same run. Every variant cleans up what it
 * created (by a name prefix unique to the run). BENCH_VERBOSE=1 prints every round's figures.
 * `pnpm bench real-extras`: chunks in flight (1–4) and folding a shared tag into bulkSceneUpdate.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BatchOperation } from '@stash-graphql/core';
import { StashClient } from '@stash-graphql/core';
import * as orm from '@stash-graphql/orm';
import * as store from '@stash-graphql/store';
import { kb, Meter, median } from './meter.js';
import { type BenchContext, destroyPrefix, type Sdk, type Workload } from './workloadKit.js';
import { BIG_SAVE, WORKLOADS } from './workloads.js';

interface Env {
  url: string;
  apiKey: string;
  home: string;
}

function env(): Env | null {
  const url = process.env.STASH_URL;
  const apiKey = process.env.STASH_API_KEY;
  const home = process.env.STASH_HOME;
  if (!url || !apiKey || !home) {
    console.log(
      '\nreal: set STASH_URL, STASH_API_KEY and STASH_HOME (the instance folder) to run against a real Stash',
    );
    return null;
  }
  return { url, apiKey, home };
}

/** The server's own figures for the requests logged since `offset`: count, bytes, elapsed ms. */
class ServerLog {
  readonly #path: string;
  #offset = 0;
  constructor(home: string) {
    this.#path = join(home, 'stash.log');
  }
  mark(): void {
    this.#offset = statSync(this.#path).size;
  }
  read(): { requests: number; bytes: number; ms: number } {
    const size = statSync(this.#path).size;
    const buf = Buffer.alloc(size - this.#offset);
    const fd = openSync(this.#path, 'r');
    readSync(fd, buf, 0, buf.length, this.#offset);
    closeSync(fd);
    const out = { requests: 0, bytes: 0, ms: 0 };
    for (const line of buf.toString('utf8').split('\n')) {
      if (!line.includes('Response:')) continue;
      const m = /"bytes":(\d+),"elapsed":([\d.]+)/.exec(line);
      if (!m) continue;
      out.requests++;
      out.bytes += Number(m[1]);
      out.ms += Number(m[2]);
    }
    return out;
  }
}

/**
 * Distinct small media files in the instance's library. Distinct content, also from earlier runs' files: Stash
 * gives a file whose fingerprint it already knows to the existing scene/image, so repeated frames (or last run's
 * videos) would shrink the workload to fewer entities than items. Noise, offset per run and per video, is unique.
 */
export function makeFiles(home: string, run: string, videos: number, images: number): string[] {
  const dir = join(home, 'library', `bench-${run}`);
  mkdirSync(join(dir, 'images'), { recursive: true });
  const noise = (size: string, rate: number, key: string) => {
    const h = createHash('sha1').update(`${run}/${key}`).digest();
    return `nullsrc=s=${size}:r=${rate},geq=lum='mod(random(1)*255+${h[0]},256)':cb=${h[1]}:cr=${h[2]}`;
  };
  const paths: string[] = [];
  for (let i = 0; i < videos; i++) {
    const path = join(dir, `video_${i}.mp4`);
    execFileSync('ffmpeg', [
      ...['-v', 'error', '-y', '-f', 'lavfi', '-i', noise('32x24', 5, `video ${i}`), '-t', String(1 + (i % 3))],
      ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', path],
    ]);
    paths.push(path);
  }
  if (images) {
    execFileSync('ffmpeg', [
      ...['-v', 'error', '-y', '-f', 'lavfi', '-i', noise('48x32', 10, 'images'), '-frames:v', String(images)],
      join(dir, 'images', 'image_%04d.png'),
    ]);
    for (let i = 1; i <= images; i++) paths.push(join(dir, 'images', `image_${String(i).padStart(4, '0')}.png`));
  }
  return paths;
}

async function loadSdk(root: string, meter: Meter, e: Env): Promise<Sdk> {
  const core = await import(join(root, 'packages/core/dist/index.js'));
  return {
    client: new core.StashClient({ url: e.url, apiKey: e.apiKey, fetch: meter.fetch }),
    orm: await import(join(root, 'packages/orm/dist/index.js')),
    store: await import(join(root, 'packages/store/dist/index.js')),
  };
}

interface Figures {
  ms: number;
  requests: number;
  bytes: number;
  serverMs: number;
  /** This process's CPU (user + system) during the variant: the client's own work. */
  cpuMs: number;
}

export async function runRealBench(): Promise<void> {
  const e = env();
  if (!e) return;
  const meter = new Meter();
  const client = new StashClient({ url: e.url, apiKey: e.apiKey, fetch: meter.fetch });
  const run = Date.now().toString(36);
  const log = new ServerLog(e.home);
  const variants: [string, Sdk][] = [['ours', { client, orm, store }]];
  if (process.env.BENCH_BEFORE) variants.unshift(['before', await loadSdk(process.env.BENCH_BEFORE, meter, e)]);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const only = process.env.BENCH_ONLY;
  console.log(
    `\nReal Stash at ${e.url}: ${(await client.capabilities()).version}; median of ${rounds} alternating rounds`,
  );
  let fileCache: Promise<string[]> | undefined;
  let key = 0;
  const header = `${'workload'.padEnd(58)} ${'variant'.padEnd(10)} ${'wall s'.padStart(8)} ${'server s'.padStart(9)} ${'client cpu s'.padStart(13)} ${'requests'.padStart(9)} ${'answer'.padStart(11)}  ×floor  per round [quartiles]  rounds`;
  console.log(header);
  for (const w of [...WORKLOADS, BIG_SAVE] as Workload[]) {
    if (only && !w.name.includes(only)) continue;
    const also = Object.keys(w.also ?? {});
    const names = [...variants.map(([n]) => n), 'floor', ...also];
    const results = new Map<string, Figures[]>(names.map((n) => [n, []]));
    let target = rounds;
    for (let r = 0; r < target; r++) {
      const order = r % 2 ? [...names].reverse() : names;
      for (const name of order) {
        const sdk = variants.find(([n]) => n === name)?.[1] ?? variants.at(-1)?.[1];
        const ctx: BenchContext = {
          client,
          sdk: sdk as Sdk,
          scale: 1,
          files: (videos, images) => {
            fileCache ??= Promise.resolve(makeFiles(e.home, run, videos, images));
            return fileCache;
          },
        };
        const p = await w.prepare(ctx, `${run}${++key}${name[0]}`);
        meter.take();
        log.mark();
        const cpu = process.cpuUsage();
        const t = performance.now();
        const other = w.also?.[name];
        await (other ? other(ctx, p) : name === 'floor' ? w.floor(ctx, p) : w.ours(ctx, p));
        const ms = performance.now() - t;
        const used = process.cpuUsage(cpu);
        const m = meter.take();
        const s = log.read();
        await w.cleanup(ctx, p);
        const cpuMs = (used.user + used.system) / 1000;
        results.get(name)?.push({ ms, requests: m.requests, bytes: m.bytes, serverMs: s.ms, cpuMs });
        if (process.env.BENCH_VERBOSE)
          console.log(
            `  round ${r + 1} ${name}: ${ms.toFixed(0)} ms, server ${s.ms.toFixed(0)} ms, client cpu ${cpuMs.toFixed(0)} ms`,
          );
      }
      // A short workload is mostly noise in a few rounds (on a 50 ms one, Stash's own time moves ±30% from round to
      // round): it runs until its floor has had about 4 s (≤ 60 rounds).
      if (r === 0) target = Math.max(rounds, Math.min(60, Math.ceil(4000 / (results.get('floor')?.[0]?.ms ?? 4000))));
    }
    const floor = results.get('floor') ?? [];
    const floorMs = median(floor.map((f) => f.ms));
    for (const name of names) {
      const fs = results.get(name) ?? [];
      // ×floor is the measure: the median wall time over the floor's. Each round also runs every variant
      // back to back, so the per-round ratio (a slow minute slows both) shows the spread: its median and quartiles.
      // On a ~50 ms workload Stash's own time moves ±30% from round to round, so the per-round median is the noisier.
      const ratios = fs.map((f, i) => f.ms / (floor[i]?.ms ?? Number.NaN)).sort((a, b) => a - b);
      const q = (x: number) => ratios[Math.min(ratios.length - 1, Math.floor(x * ratios.length))] ?? Number.NaN;
      const ms = median(fs.map((f) => f.ms));
      const cols = [
        (ms / 1000).toFixed(3).padStart(8),
        (median(fs.map((f) => f.serverMs)) / 1000).toFixed(2).padStart(9),
        (median(fs.map((f) => f.cpuMs)) / 1000).toFixed(3).padStart(13),
        String(median(fs.map((f) => f.requests))).padStart(9),
        kb(median(fs.map((f) => f.bytes))).padStart(11),
      ];
      const ofMedians = (ms / floorMs).toFixed(2).padStart(6);
      const perRound =
        name === 'floor' ? ''.padEnd(21) : `${q(0.5).toFixed(2)} [${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)}]`;
      console.log(
        `${(name === names[0] ? w.name : '').padEnd(58)} ${name.padEnd(10)} ${cols.join(' ')}  ${ofMedians}  ${perRound.padEnd(21)}  ${fs.length}`,
      );
    }
  }
  if (fileCache) {
    // The ingest's media files go, and Stash forgets the scenes and images it scanned from them: the instance is left
    // as the bench found it (a later scan, e.g. another suite's, sees only its own library).
    const dir = join(e.home, 'library', `bench-${run}`);
    rmSync(dir, { recursive: true, force: true });
    await client.clean({ paths: [dir], dryRun: false });
  }
  for (const [, sdk] of variants) if (sdk.client !== client) await sdk.client.close();
  await client.close();
}

/** Runs `tasks` with at most `limit` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return out;
}

/** Chunks in flight (1–4) for a big create, and a shared tag folded into one bulkSceneUpdate vs per-scene tag_ids. */
export async function runRealExtras(): Promise<void> {
  const e = env();
  if (!e) return;
  const meter = new Meter();
  const client = new StashClient({ url: e.url, apiKey: e.apiKey, fetch: meter.fetch, retry: { maxAttempts: 1 } });
  const run = Date.now().toString(36);
  const log = new ServerLog(e.home);
  const N = Number(process.env.BENCH_EXTRAS_N ?? 4000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const ctx = { client } as BenchContext;
  console.log(`\nReal Stash: ${N} sceneCreate in chunks of 250, chunks in flight 1–4 (median of ${rounds} rounds)`);
  const flights = [1, 2, 3, 4];
  const times = new Map<number, number[]>();
  const locked = new Map<number, number>();
  let key = 0;
  for (let r = 0; r < rounds; r++) {
    for (const f of r % 2 ? [...flights].reverse() : flights) {
      const prefix = `${run}x${++key}`;
      const ops = Array.from({ length: N }, (_, i) => ({
        mutation: 'sceneCreate' as const,
        variables: { input: { title: `${prefix} scene ${i}` } },
      }));
      const chunks = Array.from({ length: Math.ceil(N / 250) }, (_, i) => ops.slice(i * 250, i * 250 + 250));
      const t = performance.now();
      const results = await pool(
        chunks.map((c) => () => client.executeBatch(c, { returning: 'id' })),
        f,
      );
      times.set(f, [...(times.get(f) ?? []), performance.now() - t]);
      const failed = results.flatMap((x) => x.failed);
      locked.set(f, (locked.get(f) ?? 0) + failed.filter((x) => x.error.kind === 'database-locked').length);
      if (failed.some((x) => x.error.kind !== 'database-locked')) throw failed[0]?.error;
      await destroyPrefix(ctx, prefix);
    }
  }
  for (const f of flights) {
    console.log(
      `  ${f} in flight: ${(median(times.get(f) ?? []) / 1000).toFixed(2)} s, "database is locked" failures: ${locked.get(f)}`,
    );
  }

  const S = Number(process.env.BENCH_FOLD_N ?? 2000);
  console.log(`\nReal Stash: one new tag on ${S} scenes: per-scene sceneUpdate tag_ids vs one bulkSceneUpdate ADD`);
  const fold = new Map<string, { ms: number[]; server: number[] }>();
  for (let r = 0; r < rounds; r++) {
    for (const how of r % 2 ? ['bulk', 'per-scene'] : ['per-scene', 'bulk']) {
      const prefix = `${run}f${++key}`;
      const tags = await client.executeBatch(
        ['old', 'new'].map((n) => ({
          mutation: 'tagCreate' as const,
          variables: { input: { name: `${prefix} ${n}` } },
        })),
        { returning: 'id' },
      );
      const [old, tag] = tags.results.map((x) => (x.result as { id: string }).id);
      const made = await client.executeBatch(
        Array.from({ length: S }, (_, i) => ({
          mutation: 'sceneCreate' as const,
          variables: { input: { title: `${prefix} scene ${i}`, tag_ids: [old as string] } },
        })),
        { returning: 'id' },
      );
      const ids = made.results.map((x) => (x.result as { id: string }).id);
      const ops: BatchOperation[] =
        how === 'bulk'
          ? [
              {
                mutation: 'bulkSceneUpdate',
                variables: { input: { ids, tag_ids: { ids: [tag as string], mode: 'ADD' } } },
              } as BatchOperation,
            ]
          : (ids.map((id) => ({
              mutation: 'sceneUpdate',
              variables: { input: { id, tag_ids: [old, tag] } },
            })) as BatchOperation[]);
      log.mark();
      const t = performance.now();
      const res = await client.executeBatch(ops, { returning: 'id' });
      const ms = performance.now() - t;
      if (!res.allSucceeded) throw res.failed[0]?.error;
      const f = fold.get(how) ?? { ms: [], server: [] };
      f.ms.push(ms);
      f.server.push(log.read().ms);
      fold.set(how, f);
      await destroyPrefix(ctx, prefix);
    }
  }
  for (const [how, f] of fold) {
    console.log(
      `  ${how.padEnd(9)}: wall ${(median(f.ms) / 1000).toFixed(2)} s, server ${(median(f.server) / 1000).toFixed(2)} s`,
    );
  }
  await client.close();
}
