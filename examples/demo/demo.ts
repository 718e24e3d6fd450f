/**
 * pnpm demo — a small downloader. It reads the bundled manifest (posts with files, performers, a studio and tags) and
 * ingests it: scan → wait → resolve by path → find-or-create studios/performers/tags → dirty-only batched update.
 *
 * Against the embedded fake Stash (its virtual library seeded from the manifest) unless STASH_URL is set. Against a
 * real Stash, set STASH_LIBRARY_DIR to a folder inside one of its library paths: the demo writes the post files
 * there (PNG images; videos only when ffmpeg is on PATH) and ingests those paths.
 *
 * `pnpm demo -- --dry-run` prints the plan (every mutation the run would send, and the diff per entity) and sends
 * no mutation; run `pnpm demo` afterwards to apply it. On the embedded fake, which lives only as long as the demo,
 * the library is scanned first (as Stash's own scan would have) so that there is something to plan, and the real
 * run follows in the same process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { formatPlan } from '@stash-graphql/orm';
import { createStash, type IngestItem, type IngestReport, ingest } from '@stash-graphql/store';
import { createFakeStash } from '@stash-graphql/testing';

interface Post extends Omit<IngestItem, 'path'> {
  file: { path: string; size?: number; duration?: number; width?: number; height?: number; oshash?: string };
}

const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as {
  site: string;
  posts: Post[];
};
const out = (s = '') => process.stdout.write(`${s}\n`);

function progressBar(fraction: number, width = 30): string {
  const done = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return `[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${(fraction * 100).toFixed(0).padStart(3)}%`;
}

/** Redrawn in place on a terminal; when stdout is a pipe or a log file, one line per 10% step instead. */
function scanProgress() {
  const tty = process.stdout.isTTY === true;
  let step = -1;
  return {
    update(fraction: number) {
      if (tty) {
        process.stdout.write(`\rscan ${progressBar(fraction)}`);
        return;
      }
      const now = Math.floor(Math.max(0, Math.min(1, fraction)) * 10);
      if (now > step && now < 10) out(`scan ${progressBar(fraction)}`);
      step = Math.max(step, now);
    },
    done() {
      if (tty) process.stdout.write(`\rscan ${progressBar(1)}\n`);
      else out(`scan ${progressBar(1)}`);
    },
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** A valid one-pixel PNG, its grey level set by `shade`: Stash merges files with equal fingerprints, so each post gets its own. */
function tinyPng(shade: number): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, shade & 0xff]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Against a real Stash: put the post files into its library and return the paths Stash will see. */
function writeLibrary(dir: string, posts: Post[]): Map<Post, string> {
  const paths = new Map<Post, string>();
  let ffmpeg = true;
  for (const post of posts) {
    const path = join(dir, manifest.site, post.file.path.replace(/^\/downloads\//, ''));
    mkdirSync(dirname(path), { recursive: true });
    // Every file differs from the others (Stash would otherwise merge them into one scene or image).
    const index = posts.indexOf(post);
    if (/\.png$/i.test(path)) writeFileSync(path, tinyPng(40 * index + 10));
    else if (ffmpeg) {
      try {
        execFileSync('ffmpeg', [
          '-y',
          '-loglevel',
          'error',
          '-f',
          'lavfi',
          '-i',
          `testsrc=duration=${1 + index}:size=160x90:rate=10`,
          path,
        ]);
      } catch {
        ffmpeg = false;
        out('ffmpeg is not available: skipping the video posts against this Stash.');
        continue;
      }
    } else continue;
    paths.set(post, path);
  }
  return paths;
}

function summary(title: string, report: IngestReport): void {
  out(`\n${title}`);
  out(
    table([
      ['created', 'names'],
      ['studios', report.created.studios.join(', ') || '-'],
      ['performers', report.created.performers.join(', ') || '-'],
      ['tags', report.created.tags.join(', ') || '-'],
    ]),
  );
  out('');
  out(
    table([
      ['file', 'kind', 'status', 'changed'],
      ...report.results.map((r) => [
        r.path.split('/').slice(-2).join('/'),
        r.kind,
        r.status + (r.error ? ` (${r.error.message})` : ''),
        r.changed.join(', ') || '-',
      ]),
    ]),
  );
  const warnings = report.results.flatMap((r) => r.warnings.map((w) => `${r.path}: ${w}`));
  for (const w of warnings) out(`note: ${w}`);
  out(
    `\n${report.updated} updated, ${report.unchanged} unchanged, ${report.failed} failed${
      report.needsScan ? `, ${report.needsScan} not scanned yet` : ''
    }; created ${
      report.created.studios.length + report.created.performers.length + report.created.tags.length
    } studios/performers/tags`,
  );
}

async function main(): Promise<void> {
  const realUrl = process.env.STASH_URL;
  const dryRun = process.argv.includes('--dry-run');
  const fake = realUrl
    ? undefined
    : await createFakeStash({ seed: { library: manifest.posts.map((p) => ({ ...p.file })) } });
  const { client, store } = createStash({ url: realUrl ?? fake!.url, apiKey: process.env.STASH_API_KEY || undefined });
  const isMutation = (r: { query?: string | undefined }) => /^\s*mutation\b/.test(r.query ?? '');
  const mutationCount = () => fake?.requests.filter(isMutation).length ?? 0;
  try {
    let paths = new Map(manifest.posts.map((p) => [p, p.file.path] as const));
    if (realUrl) {
      const dir = process.env.STASH_LIBRARY_DIR;
      if (!dir)
        throw new Error('Against a real Stash, set STASH_LIBRARY_DIR to a folder inside one of its library paths');
      paths = writeLibrary(dir, manifest.posts);
    }
    const items: IngestItem[] = [...paths].map(([{ file: _file, ...meta }, path]) => ({ ...meta, path }));
    const caps = await client.capabilities();
    out(
      `Stash ${caps.version} at ${realUrl ?? `${fake!.url} (embedded fake)`}: ingesting ${items.length} posts from ${manifest.site}`,
    );

    if (dryRun) {
      if (fake) {
        out('(embedded fake: its library is scanned first, as Stash itself would have, so that the plan has files)');
        await client.scan({ paths: ['/'] });
      }
      const sentBefore = fake ? mutationCount() : 0;
      const dry = await ingest(store, items, { dryRun: true });
      summary('Dry run: what the run would do', dry);
      out(`\n${formatPlan(dry.plan)}`);
      if (fake) {
        const sent = mutationCount() - sentBefore;
        out(`\nmutations sent by the dry run: ${sent}`);
        if (sent) process.exitCode = 1;
      }
      if (!fake) {
        out('\nNothing was changed. Run `pnpm demo` to apply it.');
        return;
      }
      out('\nApplying it (the second, real run):');
      const from = fake.requests.length;
      const report = await ingest(store, items);
      summary('Real run', report);
      const sent = fake.requests.slice(from).filter(isMutation);
      const same =
        sent.length === dry.plan.requests.length &&
        sent.every((r, i) => r.rootFields.join() === dry.plan.requests[i]?.operations.map((o) => o.mutation).join());
      out(`\nsent ${sent.length} mutation requests; as planned: ${same ? 'yes' : 'NO'}`);
      if (!same) process.exitCode = 1;
      return;
    }

    const run = async () => {
      const progress = scanProgress();
      const report = await ingest(store, items, { onScanProgress: (job) => progress.update(job.progress ?? 0) });
      progress.done();
      return report;
    };
    summary('First run', await run());
    if (!realUrl) {
      out('\nRunning the same manifest again (what a second `pnpm demo` against the same Stash does):');
      const again = await run();
      summary('Second run: nothing new', again);
      if (
        again.updated ||
        again.failed ||
        again.created.tags.length ||
        again.created.performers.length ||
        again.created.studios.length
      ) {
        process.exitCode = 1;
      }
    }
  } finally {
    await client.close();
    await fake?.close();
  }
}

await main();
