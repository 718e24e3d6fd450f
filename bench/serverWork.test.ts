import { describe, expect, it } from 'vitest';
import { measureServerWork, printServerWork } from './serverWork.js';

// The quick form of `pnpm bench work`: the issue-9 workloads at 1/10 size on the fake. Counts, not times, so the
// bounds hold on any machine. They guard what selections cost the server; raise one only with a reason.
describe('server work per workload (quick bench)', () => {
  it('keeps every write within a small factor of its floor in server work, and reads without aggregates', async () => {
    const scale = 0.1;
    const rows = await measureServerWork(scale);
    printServerWork(rows, scale);
    const by = (prefix: string) => {
      const row = rows.find((r) => r.workload.startsWith(prefix));
      if (!row) throw new Error(`no workload ${prefix}`);
      return row;
    };
    for (const name of ['create 500 tags', 'create 2,000 scenes', 'update 2,000 scenes']) {
      const { ours, floor } = by(name);
      expect(ours.requests, name).toBeLessThanOrEqual(floor.requests + 1);
      expect(ours.resolutions, name).toBeLessThanOrEqual(Math.ceil(floor.resolutions * 1.05) + 2);
      expect(ours.responseBytes, name).toBeLessThanOrEqual(floor.responseBytes * 5);
    }
    const populate = by('populate tags');
    expect(populate.ours.requests).toBe(1);
    expect(populate.ours.resolutions).toBeLessThanOrEqual(populate.floor.resolutions + 2);
    const load = by('load 2,000');
    expect(load.ours.requests).toBe(load.floor.requests);
  }, 60_000);
});
