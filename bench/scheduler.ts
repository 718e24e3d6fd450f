/**
 * Parallel writers (`pnpm bench scheduler`): 8 tasks share one client and each saves 250 scenes (sceneCreate, one
 * mutation per request), once per write-queue setting, side by side in one run. For each: wall time, the
 * "database is locked" answers the server gave, the retries the client sent, and operations that failed for good.
 * With STASH_URL (and STASH_API_KEY) set it runs against that real Stash; otherwise against the in-memory fake with
 * fewer scenes, just to keep the section working. Rounds alternate the settings, so drift affects all alike.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_WRITE_CONCURRENCY, StashClient } from '@stash-graphql/core';
import { createFakeStash } from '@stash-graphql/testing';

interface Counts {
  requests: number;
  lockedAnswers: number;
  /** Milliseconds from sending each request to its whole answer: what a per-attempt timeout is measured against. */
  latencies: number[];
  /** Highest number of mutation requests open at once, as seen by the client's fetch. */
  maxOpen: number;
}

/** A fetch that counts what went over the wire and what came back, without changing either. */
function countingFetch(counts: Counts): typeof fetch {
  let open = 0;
  return async (input, init) => {
    counts.requests++;
    open++;
    counts.maxOpen = Math.max(counts.maxOpen, open);
    const sentAt = performance.now();
    try {
      const res = await fetch(input, init);
      const text = await res.text();
      counts.latencies.push(performance.now() - sentAt);
      if (/database is locked/i.test(text)) counts.lockedAnswers++;
      return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
    } finally {
      open--;
    }
  };
}

interface Run {
  label: string;
  ms: number;
  operations: number;
  failed: number;
  counts: Counts;
}

async function runOnce(
  url: string,
  apiKey: string | undefined,
  label: string,
  writeConcurrency: number,
  tasks: number,
  perTask: number,
  tag: string,
): Promise<Run> {
  const counts: Counts = { requests: 0, lockedAnswers: 0, latencies: [], maxOpen: 0 };
  const client = new StashClient({ url, apiKey, writeConcurrency, fetch: countingFetch(counts) });
  await client.capabilities();
  counts.requests = 0;
  counts.latencies.length = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: tasks }, async (_, task) => {
      for (let i = 0; i < perTask; i++) {
        await client
          .sceneCreate({ input: { title: `bench ${tag} ${label} t${task} #${i}`, code: `${task}-${i}` } })
          .catch(() => failed++);
      }
    }),
  );
  const ms = performance.now() - started;
  await client.close();
  return { label, ms, operations: tasks * perTask, failed, counts };
}

/** Removes the scenes a run created, so repeated runs do not grow the database. */
async function cleanUp(url: string, apiKey: string | undefined, tag: string): Promise<void> {
  const client = new StashClient({ url, apiKey });
  for (;;) {
    const page = await client.findScenes({
      filter: { per_page: 500 },
      scene_filter: { title: { value: `bench ${tag} `, modifier: 'INCLUDES' } },
    });
    if (page.scenes.length === 0) break;
    await client.scenesDestroy({ input: { ids: page.scenes.map((s) => s.id) } });
  }
  await client.close();
}

export async function runSchedulerBench(): Promise<void> {
  const real = process.env.STASH_URL;
  const apiKey = process.env.STASH_API_KEY || undefined;
  const fake = real ? undefined : await createFakeStash();
  const url = real ?? fake!.url;
  const tasks = 8;
  const perTask = real ? 250 : 25;
  const rounds = Number(process.env.BENCH_ROUNDS ?? (real ? 3 : 1));
  // BENCH_LIMITS=1,2,3 measures other limits (the default was chosen this way).
  const limits = (process.env.BENCH_LIMITS ?? '1,2,4').split(',').map(Number);
  const settings: [string, number][] = [
    ['no scheduler', Number.POSITIVE_INFINITY],
    ...limits.map((n): [string, number] => [`limit ${n}`, n]),
  ];
  const tag = `s${Date.now().toString(36)}`;
  console.log(
    `\nParallel writers: ${tasks} tasks × ${perTask} sceneCreate on one client, against ${real ? `real Stash (${real})` : 'the fake'}; ${rounds} round(s), settings alternating; default writeConcurrency is ${DEFAULT_WRITE_CONCURRENCY}`,
  );
  const all = new Map<string, Run[]>();
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? settings : [...settings].reverse();
      for (const [label, limit] of order) {
        const run = await runOnce(url, apiKey, label, limit, tasks, perTask, `${tag}r${round}`);
        all.set(label, [...(all.get(label) ?? []), run]);
      }
      if (real) await cleanUp(url, apiKey, `${tag}r${round}`);
    }
  } finally {
    await fake?.close();
  }
  const base = median((all.get('no scheduler') ?? []).map((r) => r.ms));
  console.log(
    `${'setting'.padEnd(14)} ${'wall ms'.padStart(8)} ${'vs none'.padStart(8)} ${'locked'.padStart(7)} ${'retries'.padStart(8)} ${'failed'.padStart(7)} ${'max open'.padStart(9)} ${'req p50'.padStart(8)} ${'req p99'.padStart(8)}`,
  );
  for (const [label] of settings) {
    const runs = all.get(label) ?? [];
    const ms = median(runs.map((r) => r.ms));
    const sum = (f: (r: Run) => number) => runs.reduce((a, r) => a + f(r), 0);
    console.log(
      `${label.padEnd(14)} ${ms.toFixed(0).padStart(8)} ${(ms / base).toFixed(2).padStart(8)} ${String(sum((r) => r.counts.lockedAnswers)).padStart(7)} ${String(sum((r) => r.counts.requests - r.operations)).padStart(8)} ${String(sum((r) => r.failed)).padStart(7)} ${String(Math.max(...runs.map((r) => r.counts.maxOpen))).padStart(9)} ${pct(runs, 0.5).padStart(8)} ${pct(runs, 0.99).padStart(8)}`,
    );
  }
  console.log(
    '(wall ms: median over rounds; locked, retries, failed: totals over rounds; req p50/p99: ms per mutation request, send to answer, all rounds)',
  );
}

const pct = (runs: Run[], p: number) => {
  const all = runs.flatMap((r) => r.counts.latencies).sort((a, b) => a - b);
  return (all[Math.min(all.length - 1, Math.floor(all.length * p))] ?? 0).toFixed(1);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
