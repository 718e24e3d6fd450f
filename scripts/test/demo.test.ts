/** `pnpm demo` (against the embedded fake): the first run creates and updates, the second shows nothing new. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../lib/schemaSource.ts';

const run = promisify(execFile);

describe('demo', () => {
  it('ingests the bundled manifest, then a second run changes nothing', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.STASH_URL;
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'examples/demo/demo.ts')],
      {
        cwd: REPO_ROOT,
        env,
        timeout: 60_000,
      },
    );
    expect(stderr).toBe('');
    const [first, second] = stdout.split('Second run: nothing new');
    expect(first).toContain('(embedded fake): ingesting 5 posts');
    expect(first).toMatch(/scan \[#{30}\] 100%/);
    // Not a terminal: progress comes as whole lines, never redrawn with \r.
    expect(stdout).not.toContain('\r');
    const scanLines = (first ?? '').split('\n').filter((l) => l.startsWith('scan '));
    expect(scanLines.length).toBeGreaterThanOrEqual(1);
    for (const l of scanLines) expect(l).toMatch(/^scan \[[#.]{30}\] +\d+%$/);
    expect(scanLines.at(-1)).toBe(`scan [${'#'.repeat(30)}] 100%`);
    expect(first).toMatch(/studios\s+Sunrise Media, City Lights/);
    expect(first).toMatch(/tags\s+Outdoor, Hiking, 4K, Swimming, Urban, night, Photo/);
    expect(first).toMatch(
      /2025-06-01_mountain-hike\.mp4\s+Scene\s+updated\s+title, date, details, urls, studio, tags, performers, stash_ids, cover_image/,
    );
    expect(first).toContain('5 updated, 0 unchanged, 0 failed; created 12 studios/performers/tags');
    expect(second).toContain('0 updated, 5 unchanged, 0 failed; created 0 studios/performers/tags');
  });

  it('--dry-run prints the plan and sends no mutation; the real run then sends exactly the planned requests', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.STASH_URL;
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'examples/demo/demo.ts'), '--dry-run'],
      { cwd: REPO_ROOT, env, timeout: 60_000 },
    );
    expect(stderr).toBe('');
    const [plan, real] = stdout.split('Applying it (the second, real run):');
    expect(plan).toContain(
      'Dry run: 5 requests, 18 operations; 12 to create, 5 to update, 0 refused. Nothing was sent.',
    );
    // Counted by the fake's own request log, in the demo's process.
    expect(plan).toContain('mutations sent by the dry run: 0');
    expect(plan).toMatch(/1\s+scan\s+0\s+metadataScan\s+\{input: \{paths: \["\/downloads/);
    expect(plan).toMatch(/4\s+create tags\s+0\s+tagCreate\s+Tag:tmp:\d+ \(Outdoor\)/);
    expect(plan).toMatch(/Scene:\d+ \(Lake Swim\)\s+update\s+title\s+""\s+"Lake Swim"/);
    expect(plan).toMatch(/tags\s+\+Tag:tmp:\d+ \(Outdoor\), \+Tag:tmp:\d+ \(Swimming\)/);
    expect(real).toContain('5 updated, 0 unchanged, 0 failed; created 12 studios/performers/tags');
    expect(real).toContain('sent 5 mutation requests; as planned: yes');
  });
});
