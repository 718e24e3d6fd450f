/**
 * The issue-9 workloads on the fake Stash: what each one costs the server (requests, answer bytes, fields resolved,
 * relation/aggregate resolutions — SQL queries on a real Stash, see the fake's ServerWork), ours beside its floor.
 * Counts, not times: they are the same on every machine, so CI runs this in its quick form (bench/serverWork.test.ts).
 */
import { performance } from 'node:perf_hooks';
import { StashClient } from '@stash-graphql/core';
import * as orm from '@stash-graphql/orm';
import * as store from '@stash-graphql/store';
import { createFakeStash, type WorkSummary } from '@stash-graphql/testing';
import { kb, Meter } from './meter.js';
import type { BenchContext } from './workloadKit.js';
import { WORKLOADS } from './workloads.js';

export interface WorkRow {
  workload: string;
  ours: WorkSummary & { ms: number };
  floor: WorkSummary & { ms: number };
}

export async function measureServerWork(scale = 1): Promise<WorkRow[]> {
  const stash = await createFakeStash();
  const meter = new Meter();
  const client = new StashClient({ url: stash.url, fetch: meter.fetch, retry: { maxAttempts: 1 } });
  let fileNo = 0;
  const ctx: BenchContext = {
    client,
    sdk: { client, orm, store },
    scale,
    async files(videos, images) {
      const paths = [
        ...Array.from({ length: videos }, () => `/library/bench/video_${++fileNo}.mp4`),
        ...Array.from({ length: images }, () => `/library/bench/images/image_${++fileNo}.png`),
      ];
      for (const path of paths) stash.library.addFile({ path, size: 1000 + fileNo, oshash: `h${path}` });
      return paths;
    },
  };
  const rows: WorkRow[] = [];
  try {
    await client.capabilities();
    let key = 0;
    for (const w of WORKLOADS) {
      if (process.env.BENCH_ONLY && !w.name.includes(process.env.BENCH_ONLY)) continue;
      const run = async (variant: 'ours' | 'floor') => {
        const p = await w.prepare(ctx, `b${++key}${variant[0]}`);
        const mark = stash.requests.length;
        const t = performance.now();
        await w[variant](ctx, p);
        const ms = performance.now() - t;
        const work = stash.requests.summary(mark);
        await w.cleanup(ctx, p);
        return { ...work, ms };
      };
      rows.push({ workload: w.name, ours: await run('ours'), floor: await run('floor') });
    }
  } finally {
    await client.close();
    await stash.close();
  }
  return rows;
}

export function printServerWork(rows: readonly WorkRow[], scale: number): void {
  console.log(
    `\nServer work per workload on the fake${scale === 1 ? '' : ` (sizes × ${scale})`}: ours / floor ` +
      '(floor: the same operations through executeBatch or one query, answering ids only)',
  );
  const head = ['workload', 'requests', 'answer', 'fields', 'SQL-like', 'ms'];
  console.log(
    `${head[0]?.padEnd(58)} ${head
      .slice(1)
      .map((h) => h.padStart(26))
      .join('')}`,
  );
  const pair = (a: number, b: number, fmt: (n: number) => string = String) =>
    `${fmt(a)} / ${fmt(b)}${b ? ` (${(a / b).toFixed(1)}×)` : ''}`.padStart(26);
  for (const r of rows) {
    console.log(
      `${r.workload.padEnd(58)} ${pair(r.ours.requests, r.floor.requests)}${pair(r.ours.responseBytes, r.floor.responseBytes, kb)}${pair(r.ours.fields, r.floor.fields)}${pair(r.ours.resolutions, r.floor.resolutions)}${pair(Math.round(r.ours.ms), Math.round(r.floor.ms))}`,
    );
  }
}

export async function runServerWorkBench(scale = 1): Promise<void> {
  printServerWork(await measureServerWork(scale), scale);
}
