import { subscribe } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentFor, makeBackend } from './helpers.js';

type Job = { id: string; status: string; progress: number | null; description: string };

async function waitJob(t: ReturnType<typeof makeBackend>, id: string): Promise<Job> {
  for (let i = 0; i < 200; i++) {
    const r = await t.ok<{ findJob: Job }>('FindJob', { input: { id } });
    if (['FINISHED', 'CANCELLED', 'FAILED'].includes(r.findJob.status)) return r.findJob;
    await new Promise((res) => setTimeout(res, 10));
  }
  throw new Error('job did not finish');
}

describe('jobs and scanning', () => {
  it('scans library files into scenes, images and zip galleries, idempotently', async () => {
    const t = makeBackend();
    t.backend.library.addFile({ path: '/lib/movies/a.mp4', oshash: 'o1', md5: 'm1', duration: 10 });
    t.backend.library.addFile({ path: '/lib/movies/b.MKV', oshash: 'o2' });
    t.backend.library.addFile({ path: '/lib/pics/p.jpg' });
    t.backend.library.addFile({ path: '/lib/pics/set.zip/inside.png' });
    t.backend.library.addFile({ path: '/other/c.mp4' });
    const { metadataScan } = await t.ok<{ metadataScan: string }>('MetadataScan', { input: { paths: ['/lib'] } });
    expect(metadataScan).toBe('1');
    expect((await waitJob(t, metadataScan)).status).toBe('FINISHED');
    expect(t.backend.state.scenes.size).toBe(2);
    expect(t.backend.state.images.size).toBe(2);
    expect(t.backend.state.galleries.size).toBe(1);
    const s = await t.ok<{ findScenes: { scenes: { title: string | null; files: { path: string }[] }[] } }>(
      'FindScenes',
      {
        scene_filter: { path: { value: '/lib/movies/a.mp4', modifier: 'EQUALS' } },
      },
    );
    // no title from the file name; Scene.Title is a Go string, so it reads back as ""
    expect(s.findScenes.scenes[0]?.title).toBe('');
    const again = await t.ok<{ metadataScan: string }>('MetadataScan', { input: { paths: ['/lib'] } });
    await waitJob(t, again.metadataScan);
    expect(t.backend.state.scenes.size).toBe(2);
    // a moved file keeps its scene
    t.backend.library.removeFile('/lib/movies/a.mp4');
    t.backend.library.addFile({ path: '/lib/movies/renamed.mp4', oshash: 'o1', md5: 'm1' });
    await waitJob(t, (await t.ok<{ metadataScan: string }>('MetadataScan', { input: {} })).metadataScan);
    expect(t.backend.state.scenes.size).toBe(3); // /other/c.mp4 joins; the renamed file does not create a scene
    const moved = await t.ok<{ findScenes: { count: number } }>('FindScenes', {
      scene_filter: { path: { value: '/lib/movies/renamed.mp4', modifier: 'EQUALS' } },
    });
    expect(moved.findScenes.count).toBe(1);
    // clean removes scenes whose only file is gone
    t.backend.library.removeFile('/other/c.mp4');
    await waitJob(
      t,
      (await t.ok<{ metadataClean: string }>('MetadataClean', { input: { dryRun: false } })).metadataClean,
    );
    expect(t.backend.state.scenes.size).toBe(2);
    t.backend.close();
  });

  it('publishes ADD/UPDATE/REMOVE, runs one at a time and can be stopped', async () => {
    const t = makeBackend();
    const events: { type: string; job: Job }[] = [];
    const sub = (await subscribe({
      schema: t.schema,
      document: documentFor('JobsSubscribe'),
      rootValue: t.backend.subscriptionRoot,
    })) as AsyncIterableIterator<{
      data: { jobsSubscribe: { type: string; job: Job } };
    }>;
    const collecting = (async () => {
      for await (const e of sub) {
        events.push(e.data.jobsSubscribe);
        if (events.filter((x) => x.type === 'REMOVE').length === 2) break;
      }
    })();
    const a = (await t.ok<{ metadataGenerate: string }>('MetadataGenerate', { input: {} })).metadataGenerate;
    const b = (await t.ok<{ metadataAutoTag: string }>('MetadataAutoTag', { input: {} })).metadataAutoTag;
    const queue = await t.ok<{ jobQueue: Job[] }>('JobQueue');
    expect(queue.jobQueue.map((j) => j.id)).toEqual([a, b]);
    expect(queue.jobQueue[1]?.status).toBe('READY');
    await t.ok('StopJob', { job_id: b });
    expect((await waitJob(t, b)).status).toBe('CANCELLED');
    expect((await waitJob(t, a)).status).toBe('FINISHED');
    await collecting;
    expect(events[0]).toMatchObject({ type: 'ADD', job: { id: a, status: 'READY', description: 'Generating...' } });
    expect(events.some((e) => e.type === 'UPDATE' && e.job.status === 'RUNNING')).toBe(true);
    const removes = events.filter((e) => e.type === 'REMOVE');
    expect(removes.map((e) => [e.job.id, e.job.status])).toEqual([
      [b, 'CANCELLED'],
      [a, 'FINISHED'],
    ]);
    t.backend.close();
  });

  it('fires scanComplete and logs', async () => {
    const t = makeBackend();
    t.backend.library.addFile({ path: '/x/y.mp4' });
    const scan = (await subscribe({
      schema: t.schema,
      document: documentFor('ScanCompleteSubscribe'),
      rootValue: t.backend.subscriptionRoot,
    })) as AsyncIterableIterator<{
      data: unknown;
    }>;
    const logs = (await subscribe({
      schema: t.schema,
      document: documentFor('LoggingSubscribe'),
      rootValue: t.backend.subscriptionRoot,
    })) as AsyncIterableIterator<{
      data: { loggingSubscribe: { message: string }[] };
    }>;
    await t.ok('MetadataScan', { input: {} });
    const firstLog = await logs.next();
    expect(firstLog.value?.data.loggingSubscribe[0]?.message).toContain('/x/y.mp4');
    const done = await scan.next();
    expect(done.value?.data).toEqual({ scanCompleteSubscribe: true });
    await scan.return?.();
    await logs.return?.();
    const l = await t.ok<{ logs: { message: string }[] }>('Logs');
    expect(l.logs.length).toBeGreaterThan(0);
    t.backend.close();
  });
});
