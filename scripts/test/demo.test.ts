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
});
