import type { BackendContext } from './BackendContext.js';
import { EventHub } from './EventHub.js';

export type JobStatus = 'READY' | 'RUNNING' | 'FINISHED' | 'STOPPING' | 'CANCELLED' | 'FAILED';

export interface Job {
  id: string;
  status: JobStatus;
  subTasks: string[] | null;
  description: string;
  progress: number | null;
  startTime: string | null;
  endTime: string | null;
  addTime: string;
  error: string | null;
}

export interface JobStatusUpdate {
  type: 'ADD' | 'UPDATE' | 'REMOVE';
  job: Job;
}

/** A job body: a list of steps run one per tick; each step may return a sub-task label. */
export type JobSteps = () => Iterable<() => string | undefined>;

/**
 * Stash's job queue (pkg/job/manager.go): one job runs at a time in add order,
 * progress is published as UPDATE events, and a finished job is REMOVEd from
 * the queue with its final status but stays findable for a while.
 */
export class JobManager {
  readonly events = new EventHub<JobStatusUpdate>();
  private readonly queue: { job: Job; steps: JobSteps; onDone?: (job: Job) => void }[] = [];
  private readonly finished: Job[] = [];
  private nextId = 1;
  private running: { job: Job; timer: ReturnType<typeof setTimeout> | null } | null = null;
  private closed = false;
  /** Jobs a test asked to fail, with the error Stash would report. */
  private readonly failures = new Map<string, string>();

  constructor(
    private readonly ctx: BackendContext,
    private readonly stepMs = 25,
  ) {}

  add(description: string, steps: JobSteps, onDone?: (job: Job) => void): string {
    const job: Job = {
      id: String(this.nextId++),
      status: 'READY',
      subTasks: null,
      description,
      progress: null,
      startTime: null,
      endTime: null,
      addTime: this.ctx.nowDate().toISOString(),
      error: null,
    };
    this.queue.push({ job, steps, onDone });
    this.publish('ADD', job);
    this.schedule();
    return job.id;
  }

  /** Makes a queued or running job end FAILED at its next step, as a task error in Stash would. */
  fail(id: string, message: string): void {
    this.failures.set(id, message);
  }

  get(id: string): Job | null {
    return this.all().find((j) => j.id === id) ?? null;
  }

  /** Queued + running jobs (what `jobQueue` returns). */
  list(): Job[] {
    return this.queue.map((q) => ({ ...q.job }));
  }

  private all(): Job[] {
    return [...this.queue.map((q) => q.job), ...this.finished];
  }

  stop(id: string): boolean {
    const idx = this.queue.findIndex((q) => q.job.id === id);
    if (idx < 0) return true;
    const entry = this.queue[idx];
    if (!entry) return true;
    if (entry.job.status === 'READY') {
      this.queue.splice(idx, 1);
      this.finish(entry.job, 'CANCELLED');
    } else if (entry.job.status === 'RUNNING') {
      entry.job.status = 'STOPPING';
      this.publish('UPDATE', entry.job);
    }
    return true;
  }

  stopAll(): boolean {
    for (const q of [...this.queue].reverse()) this.stop(q.job.id);
    return true;
  }

  /** Resolves when the queue is empty (handy for tests). */
  async idle(): Promise<void> {
    while (this.queue.length > 0) await new Promise((r) => setTimeout(r, this.stepMs));
  }

  close(): void {
    this.closed = true;
    if (this.running?.timer) clearTimeout(this.running.timer);
    this.running = null;
    this.queue.length = 0;
    this.events.close();
  }

  reset(): void {
    if (this.running?.timer) clearTimeout(this.running.timer);
    this.running = null;
    this.queue.length = 0;
    this.finished.length = 0;
    this.failures.clear();
    this.nextId = 1;
  }

  private publish(type: JobStatusUpdate['type'], job: Job): void {
    this.events.publish({ type, job: { ...job, subTasks: job.subTasks ? [...job.subTasks] : null } });
  }

  private finish(job: Job, status: JobStatus, error: string | null = null): void {
    job.status = status;
    job.error = error;
    job.endTime = this.ctx.nowDate().toISOString();
    this.finished.unshift(job);
    this.finished.length = Math.min(this.finished.length, 100);
    this.publish('REMOVE', job);
  }

  private schedule(): void {
    if (this.running || this.closed) return;
    const entry = this.queue[0];
    if (!entry) return;
    const { job } = entry;
    const timer = setTimeout(() => {
      job.status = 'RUNNING';
      job.startTime = this.ctx.nowDate().toISOString();
      job.progress = 0;
      this.publish('UPDATE', job);
      let steps: (() => string | undefined)[];
      try {
        steps = [...entry.steps()];
      } catch (e) {
        steps = [
          () => {
            throw e;
          },
        ];
      }
      let i = 0;
      const tick = () => {
        if (this.closed) return;
        if (job.status === 'STOPPING') return this.complete(entry, 'CANCELLED');
        const failure = this.failures.get(job.id);
        if (failure !== undefined) {
          this.failures.delete(job.id);
          this.ctx.log('Error', `${job.description}: ${failure}`);
          return this.complete(entry, 'FAILED', failure);
        }
        if (i >= steps.length) return this.complete(entry, 'FINISHED');
        try {
          this.ctx.state.touch();
          const sub = (steps[i] as () => string | undefined)();
          job.subTasks = sub ? [sub] : null;
        } catch (e) {
          this.ctx.log('Error', `${job.description}: ${(e as Error).message}`);
          return this.complete(entry, 'FAILED', (e as Error).message);
        }
        i++;
        job.progress = steps.length ? i / steps.length : 1;
        this.publish('UPDATE', job);
        if (this.running) this.running.timer = setTimeout(tick, this.stepMs);
      };
      if (this.running) this.running.timer = setTimeout(tick, this.stepMs);
    }, this.stepMs);
    this.running = { job, timer };
  }

  private complete(
    entry: { job: Job; onDone?: (job: Job) => void },
    status: JobStatus,
    error: string | null = null,
  ): void {
    this.queue.shift();
    this.running = null;
    entry.job.subTasks = null;
    this.finish(entry.job, status, error);
    if (status === 'FINISHED') entry.onDone?.(entry.job);
    this.schedule();
  }
}
