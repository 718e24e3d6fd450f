import { subscribe } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentFor, makeBackend } from './helpers.js';

type Job = {
  id: string;
  status: string;
  progress: number | null;
  description: string;
  subTasks: string[] | null;
  startTime: string | null;
  endTime: string | null;
};
type Update = { type: string; job: Job };

async function jobsSubscription(t: ReturnType<typeof makeBackend>) {
  const sub = (await subscribe({
    schema: t.schema,
    document: documentFor('JobsSubscribe'),
    rootValue: t.backend.subscriptionRoot,
  })) as AsyncIterableIterator<{ data: { jobsSubscribe: Update } }>;
  const events: Update[] = [];
  return {
    events,
    /** Reads what was published so far (events are queued synchronously as the fake publishes them). */
    async drain(n: number): Promise<Update[]> {
      for (let i = 0; i < n; i++)
        events.push(((await sub.next()).value as { data: { jobsSubscribe: Update } }).data.jobsSubscribe);
      return events;
    },
    close: () => sub.return?.(),
  };
}

const start = async (t: ReturnType<typeof makeBackend>, op: string, input: Record<string, unknown> = {}) =>
  Object.values(await t.ok<Record<string, string>>(op, { input }))[0] as string;

describe('jobs and scanning', () => {
  it('scans library files into scenes, images and zip galleries, idempotently', async () => {
    const t = makeBackend({ jobs: { hold: true } });
    const { jobs } = t.backend;
    t.backend.library.addFile({ path: '/lib/movies/a.mp4', oshash: 'o1', md5: 'm1', duration: 10 });
    t.backend.library.addFile({ path: '/lib/movies/b.MKV', oshash: 'o2' });
    t.backend.library.addFile({ path: '/lib/pics/p.jpg' });
    t.backend.library.addFile({ path: '/lib/pics/set.zip/inside.png' });
    t.backend.library.addFile({ path: '/other/c.mp4' });
    const scan = await start(t, 'MetadataScan', { paths: ['/lib'] });
    expect(scan).toBe('1');
    expect(jobs.finish(scan).status).toBe('FINISHED');
    expect(t.backend.state.scenes.size).toBe(2);
    expect(t.backend.state.images.size).toBe(2);
    expect(t.backend.state.galleries.size).toBe(1);
    const s = await t.ok<{ findScenes: { scenes: { title: string | null; files: { path: string }[] }[] } }>(
      'FindScenes',
      { scene_filter: { path: { value: '/lib/movies/a.mp4', modifier: 'EQUALS' } } },
    );
    // no title from the file name; Scene.Title is a Go string, so it reads back as ""
    expect(s.findScenes.scenes[0]?.title).toBe('');
    jobs.finish(await start(t, 'MetadataScan', { paths: ['/lib'] }));
    expect(t.backend.state.scenes.size).toBe(2);
    // a moved file keeps its scene
    t.backend.library.removeFile('/lib/movies/a.mp4');
    t.backend.library.addFile({ path: '/lib/movies/renamed.mp4', oshash: 'o1', md5: 'm1' });
    jobs.finish(await start(t, 'MetadataScan'));
    expect(t.backend.state.scenes.size).toBe(3); // /other/c.mp4 joins; the renamed file does not create a scene
    const moved = await t.ok<{ findScenes: { count: number } }>('FindScenes', {
      scene_filter: { path: { value: '/lib/movies/renamed.mp4', modifier: 'EQUALS' } },
    });
    expect(moved.findScenes.count).toBe(1);
    // clean removes scenes whose only file is gone
    t.backend.library.removeFile('/other/c.mp4');
    jobs.finish(await start(t, 'MetadataClean', { dryRun: false }));
    expect(t.backend.state.scenes.size).toBe(2);
    t.backend.close();
  });

  it('a held job moves only when stepped: READY, RUNNING one unit per step, then FINISHED', async () => {
    const t = makeBackend({ jobs: { hold: true } });
    t.backend.library.addFile({ path: '/s/a.mp4' });
    t.backend.library.addFile({ path: '/s/b.mp4' });
    const sub = await jobsSubscription(t);
    const id = await start(t, 'MetadataScan', { paths: ['/s'] });
    const find = async () => (await t.ok<{ findJob: Job }>('FindJob', { input: { id } })).findJob;
    // Job.Progress is a Go float64: 0 before the task reports anything
    expect(await find()).toMatchObject({ status: 'READY', progress: 0, startTime: null });
    expect(t.backend.jobs.step(id)).toMatchObject({ status: 'RUNNING', progress: 0 });
    expect((await find()).startTime).not.toBeNull();
    expect(t.backend.jobs.step(id)).toMatchObject({
      status: 'RUNNING',
      progress: 0.5,
      subTasks: ['Scanning /s/a.mp4'],
    });
    expect(t.backend.state.scenes.size).toBe(1);
    expect(t.backend.jobs.step(id)).toMatchObject({ status: 'FINISHED', progress: 1, subTasks: null });
    expect(() => t.backend.jobs.step(id)).toThrow(/job 1 is not queued \(it already ended FINISHED\)/);
    const events = await sub.drain(4);
    expect(events.map((e) => [e.type, e.job.status, e.job.progress])).toEqual([
      ['ADD', 'READY', 0],
      ['UPDATE', 'RUNNING', 0],
      ['UPDATE', 'RUNNING', 0.5],
      ['REMOVE', 'FINISHED', 1],
    ]);
    await sub.close();
    t.backend.close();
  });

  it('runs one job at a time in order; a job cannot be stepped past the one ahead of it', async () => {
    const t = makeBackend({ jobs: { hold: true } });
    const a = await start(t, 'MetadataGenerate');
    const b = await start(t, 'MetadataAutoTag');
    const queue = await t.ok<{ jobQueue: Job[] }>('JobQueue');
    expect(queue.jobQueue.map((j) => [j.id, j.status])).toEqual([
      [a, 'READY'],
      [b, 'READY'],
    ]);
    expect(() => t.backend.jobs.step(b)).toThrow(`job ${b} cannot step: it waits behind job ${a} (Generating...)`);
    // finish(b) runs a first, as Stash's queue would
    expect(t.backend.jobs.finish(b).status).toBe('FINISHED');
    expect(t.backend.jobs.get(a)?.status).toBe('FINISHED');
    // nothing queued: null, as Stash's nil slice
    expect((await t.ok<{ jobQueue: Job[] | null }>('JobQueue')).jobQueue).toBeNull();
    t.backend.close();
  });

  it('stopJob cancels a queued job at once and a running one at its next step', async () => {
    const t = makeBackend({ jobs: { hold: true } });
    const sub = await jobsSubscription(t);
    const a = await start(t, 'MetadataScan');
    const b = await start(t, 'MetadataAutoTag');
    t.backend.jobs.step(a);
    await t.ok('StopJob', { job_id: b });
    await t.ok('StopJob', { job_id: a });
    expect(t.backend.jobs.get(b)).toMatchObject({ status: 'CANCELLED', startTime: null, endTime: null });
    expect(t.backend.jobs.get(a)?.status).toBe('STOPPING');
    expect(t.backend.jobs.step(a)).toMatchObject({ status: 'CANCELLED' });
    expect(t.backend.jobs.get(a)?.endTime).not.toBeNull();
    const events = await sub.drain(6);
    expect(events.map((e) => `${e.type} ${e.job.id} ${e.job.status}`)).toEqual([
      `ADD ${a} READY`,
      `ADD ${b} READY`,
      `UPDATE ${a} RUNNING`,
      `REMOVE ${b} CANCELLED`,
      `UPDATE ${a} STOPPING`,
      `REMOVE ${a} CANCELLED`,
    ]);
    await sub.close();
    t.backend.close();
  });

  // CancelAll ranges over the queue while removing from it: the job that slides into a removed one's place is skipped
  it('stopAllJobs leaves the job right after the first cancelled one queued, as Stash does', async () => {
    const t = makeBackend({ jobs: { hold: true } });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await start(t, 'MetadataGenerate'));
    t.backend.jobs.step(ids[0] as string);
    await t.ok('StopAllJobs');
    expect(ids.map((id) => t.backend.jobs.get(id)?.status)).toEqual([
      'STOPPING',
      'CANCELLED',
      'READY',
      'CANCELLED',
      'CANCELLED',
    ]);
    t.backend.close();
  });

  it('keeps the last 10 ended jobs findable', async () => {
    const t = makeBackend({ jobs: { hold: true } });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push(await start(t, 'OptimiseDatabase'));
      t.backend.jobs.finish();
    }
    const found = await Promise.all(
      ids.map(async (id) => (await t.ok<{ findJob: Job | null }>('FindJob', { input: { id } })).findJob?.id ?? null),
    );
    expect(found).toEqual([null, null, ...ids.slice(2)]);
    t.backend.close();
  });

  it('reports progress of ended jobs as Stash does', async () => {
    const t = makeBackend({ jobs: { hold: true } });
    const progress = async (op: string, input: Record<string, unknown> = {}) =>
      t.backend.jobs.finish(await start(t, op, input)).progress;
    // nothing to generate: SetTotal(0) leaves it indefinite
    expect(await progress('MetadataGenerate', { covers: true })).toBeNull();
    // nothing tracked: indefinite too
    expect(await progress('MetadataClean', { dryRun: true })).toBeNull();
    t.backend.library.addFile({ path: '/c/keep.mp4' });
    t.backend.library.addFile({ path: '/c/gone.mp4' });
    await progress('MetadataScan', { paths: ['/c'] });
    expect(await progress('MetadataClean', { dryRun: true })).toBe(1);
    t.backend.library.removeFile('/c/gone.mp4');
    const files = t.backend.state.files.size;
    const folders = t.backend.state.folders.size;
    // a dry run reports the share it would delete
    expect(await progress('MetadataClean', { dryRun: true })).toBe(1 / (files + folders));
    expect(await progress('MetadataClean', { dryRun: false })).toBe(1);
    expect(await progress('OptimiseDatabase')).toBe(1);
    t.backend.close();
  });

  it('without hold, a job starts at once and runs on its own', async () => {
    const t = makeBackend({ jobs: { stepMs: 1 } });
    const id = await start(t, 'MetadataGenerate');
    expect(t.backend.jobs.get(id)?.status).toBe('RUNNING');
    expect(await t.backend.jobs.ended(id)).toMatchObject({ status: 'FINISHED', progress: null });
    await t.backend.jobs.idle();
    t.backend.close();
  });

  it('by default, work that costs Stash nothing is over before its mutation answers; a scan takes a step per file', async () => {
    const t = makeBackend();
    const watch = await jobsSubscription(t);
    const generate = await start(t, 'MetadataGenerate', { covers: true });
    expect(t.backend.jobs.get(generate)).toMatchObject({ status: 'FINISHED', progress: null });
    const clean = await start(t, 'MetadataClean', { dryRun: true });
    expect(t.backend.jobs.get(clean)?.status).toBe('FINISHED');
    expect(await t.ok('JobQueue')).toEqual({ jobQueue: null });
    t.backend.library.addFile({ path: '/d/a.mp4' });
    t.backend.library.addFile({ path: '/d/b.mp4' });
    const scan = await start(t, 'MetadataScan', { paths: ['/d'] });
    expect(t.backend.jobs.get(scan)).toMatchObject({ status: 'RUNNING', progress: 0 });
    // queued behind the scan, a free job runs as soon as the scan ends
    const after = await start(t, 'MetadataClean', { dryRun: true });
    expect(t.backend.jobs.get(after)?.status).toBe('READY');
    expect(await t.backend.jobs.ended(after)).toMatchObject({ status: 'FINISHED', progress: 1 });
    expect(t.backend.jobs.get(scan)).toMatchObject({ status: 'FINISHED', progress: 1 });
    const events = await watch.drain(13);
    expect(events.map((e) => `${e.job.id} ${e.type} ${e.job.status}`)).toEqual([
      `${generate} ADD READY`,
      `${generate} UPDATE RUNNING`,
      `${generate} REMOVE FINISHED`,
      `${clean} ADD READY`,
      `${clean} UPDATE RUNNING`,
      `${clean} REMOVE FINISHED`,
      `${scan} ADD READY`,
      `${scan} UPDATE RUNNING`,
      `${after} ADD READY`,
      `${scan} UPDATE RUNNING`,
      `${scan} REMOVE FINISHED`,
      `${after} UPDATE RUNNING`,
      `${after} REMOVE FINISHED`,
    ]);
    await watch.close();
    t.backend.close();
  });

  it('fires scanComplete after a scan and after a clean, and logs as Stash does', async () => {
    const t = makeBackend({ jobs: { hold: true } });
    t.backend.library.addFile({ path: '/x/y.mp4' });
    const scan = (await subscribe({
      schema: t.schema,
      document: documentFor('ScanCompleteSubscribe'),
      rootValue: t.backend.subscriptionRoot,
    })) as AsyncIterableIterator<{ data: unknown }>;
    const logs = (await subscribe({
      schema: t.schema,
      document: documentFor('LoggingSubscribe'),
      rootValue: t.backend.subscriptionRoot,
    })) as AsyncIterableIterator<{ data: { loggingSubscribe: { message: string }[] } }>;
    expect(t.backend.subscriptions.count('scanCompleteSubscribe')).toBe(1);
    expect(t.backend.subscriptions.count()).toBe(2);
    t.backend.jobs.finish(await start(t, 'MetadataScan'));
    const firstLog = await logs.next();
    expect(firstLog.value?.data.loggingSubscribe[0]?.message).toContain('/x/y.mp4');
    expect((await scan.next()).value?.data).toEqual({ scanCompleteSubscribe: true });
    t.backend.jobs.finish(await start(t, 'MetadataClean', { dryRun: true }));
    expect((await scan.next()).value?.data).toEqual({ scanCompleteSubscribe: true });
    await scan.return?.();
    await logs.return?.();
    expect(t.backend.subscriptions.count()).toBe(0);
    const l = await t.ok<{ logs: { message: string }[] }>('Logs');
    const messages = l.logs.map((e) => e.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Scan finished \([\d.]+(ns|µs|ms|s)\)$/));
    expect(messages).toContainEqual(expect.stringMatching(/^Finished Cleaning \(.+\)$/));
    expect(messages).toContain('Running in Dry Mode');
    t.backend.close();
  });
});
