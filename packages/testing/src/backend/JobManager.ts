import type { BackendContext } from './BackendContext.js';
import { EventHub } from './EventHub.js';
import type { Job, JobBody, JobStatus, JobStatusUpdate, JobTiming, JobUnit, JobWork } from './jobTypes.js';

export type { Job, JobBody, JobStatus, JobStatusUpdate, JobTiming, JobUnit, JobWork } from './jobTypes.js';

/** A unit of work that touches a file: about what a small library takes per file scanned on Stash. */
const DEFAULT_STEP_MS = 3;

const ENDED: readonly JobStatus[] = ['FINISHED', 'CANCELLED', 'FAILED'];

/** pkg/job/manager.go: maxGraveyardSize. */
const GRAVEYARD_SIZE = 10;

interface Entry {
  job: Job;
  body: JobBody;
  onDone?: (job: Job) => void;
  work?: { units: JobUnit[]; next: number; final?: () => number | null; unitMs?: number };
}

/**
 * Stash's job queue (pkg/job/manager.go): one job runs at a time in add order and starts as soon as it is at the head
 * of the queue; progress is published as UPDATE events; a finished job is REMOVEd from the queue with its final status
 * and stays findable among the last 10 finished.
 *
 * A test can take the clock away (`hold`): jobs then stay where they are until `step` or `finish` moves them, so what
 * a client sees between two steps does not depend on timing.
 */
export class JobManager {
  readonly events = new EventHub<JobStatusUpdate>();
  private readonly queue: Entry[] = [];
  private readonly graveyard: Job[] = [];
  private readonly failures = new Map<string, string>();
  private readonly waiters = new Set<() => void>();
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private holding: boolean;
  private readonly stepMs: number | undefined;

  constructor(
    private readonly ctx: BackendContext,
    private readonly timing: JobTiming = {},
  ) {
    this.holding = timing.hold ?? false;
    this.stepMs = timing.stepMs;
  }

  get held(): boolean {
    return this.holding;
  }

  add(description: string, body: JobBody, onDone?: (job: Job) => void): string {
    const job: Job = {
      id: String(this.nextId++),
      status: 'READY',
      subTasks: null,
      description,
      // Job.Progress is a Go float64: 0 until the task reports anything (-1, "indefinite", reads as null).
      progress: 0,
      startTime: null,
      endTime: null,
      addTime: this.ctx.nowDate().toISOString(),
      error: null,
    };
    this.queue.push({ job, body, onDone });
    this.publish('ADD', job);
    this.advance();
    return job.id;
  }

  /** Makes a queued or running job end FAILED at its next step, as a task error in Stash would. */
  fail(id: string, message: string): void {
    this.failures.set(id, message);
  }

  get(id: string): Job | null {
    const job = this.queue.find((q) => q.job.id === id)?.job ?? this.graveyard.find((j) => j.id === id);
    return job ? copy(job) : null;
  }

  /** Queued and running jobs, in order. */
  list(): Job[] {
    return this.queue.map((q) => copy(q.job));
  }

  /** CancelJob: a READY job ends CANCELLED at once, a RUNNING one is STOPPING until its next step. */
  stop(id: string): boolean {
    const entry = this.queue.find((q) => q.job.id === id);
    if (entry) this.cancel(entry);
    return true;
  }

  /**
   * CancelAll, including its quirk: Stash ranges over the queue while removing cancelled jobs from it, so every
   * other READY job after a cancelled one is skipped and stays queued.
   */
  stopAll(): boolean {
    const view = [...this.queue];
    let length = view.length;
    for (let i = 0; i < view.length; i++) {
      const entry = view[i] as Entry;
      const wasQueued = this.queue.includes(entry);
      if (wasQueued) this.cancel(entry);
      if (entry.job.status === 'CANCELLED') {
        const index = view.slice(0, length).indexOf(entry);
        if (index >= 0) {
          view.copyWithin(index, index + 1, length);
          length--;
        }
      }
    }
    return true;
  }

  /** Jobs stay where they are until step() or finish() moves them. */
  hold(): void {
    this.holding = true;
    this.clearTimer();
  }

  /** Back to running on their own. */
  release(): void {
    this.holding = false;
    this.advance();
  }

  /**
   * Moves the job at the head of the queue one step: a READY job starts (RUNNING), a running one does one unit of
   * work and ends with its last unit (a job without work ends on the step after it starts), a STOPPING one ends
   * CANCELLED. Returns the job as it is after the step.
   */
  step(id?: string): Job {
    const head = this.queue[0];
    if (!head) throw new Error(id ? `job ${id} is not queued (${this.describe(id)})` : 'no job is queued');
    if (id !== undefined && head.job.id !== id) {
      const where = this.queue.some((q) => q.job.id === id)
        ? `it waits behind job ${head.job.id} (${head.job.description}); Stash runs one job at a time`
        : this.describe(id);
      throw new Error(`job ${id} cannot step: ${where}`);
    }
    this.runStep(head);
    return copy(head.job);
  }

  /** Steps the queue until job `id` (default: the head) has ended, running any job queued before it. */
  finish(id?: string): Job {
    const target = id ?? this.queue[0]?.job.id;
    if (target === undefined) throw new Error('no job is queued');
    for (;;) {
      const entry = this.queue[0];
      const job = this.get(target);
      if (!job) throw new Error(`job ${target} is not known to the fake (never queued, or dropped from the last 10)`);
      if (ENDED.includes(job.status)) return job;
      if (!entry) throw new Error(`job ${target} is ${job.status} but nothing is queued`);
      this.runStep(entry);
    }
  }

  /** Resolves once no job is queued or running (with jobs held, only step()/finish() get it there). */
  idle(): Promise<void> {
    return this.until(() => this.queue.length === 0);
  }

  /** Resolves with the job once it has ended: FINISHED, CANCELLED or FAILED. */
  async ended(id: string): Promise<Job> {
    await this.until(() => {
      const job = this.get(id);
      if (!job) throw new Error(`job ${id} is not known to the fake`);
      return ENDED.includes(job.status);
    });
    return this.get(id) as Job;
  }

  close(): void {
    this.closed = true;
    this.clearTimer();
    this.queue.length = 0;
    this.notify();
    this.events.close();
  }

  reset(): void {
    this.clearTimer();
    this.queue.length = 0;
    this.graveyard.length = 0;
    this.failures.clear();
    this.nextId = 1;
    this.holding = this.timing.hold ?? false;
    this.notify();
  }

  private until(done: () => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        try {
          if (!done()) return;
        } catch (e) {
          this.waiters.delete(check);
          reject(e);
          return;
        }
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private describe(id: string): string {
    const job = this.graveyard.find((j) => j.id === id);
    return job ? `it already ended ${job.status}` : 'no such job';
  }

  private cancel(entry: Entry): void {
    const { job } = entry;
    if (job.status === 'READY') {
      job.status = 'CANCELLED';
      this.remove(entry);
    } else if (job.status === 'RUNNING') {
      job.status = 'STOPPING';
      this.publish('UPDATE', job);
    }
  }

  /** Starts the head when allowed, then keeps a timer for its next step. */
  private advance(): void {
    if (this.closed || this.holding) return;
    const head = this.queue[0];
    if (!head) return;
    if (head.job.status === 'READY') this.runStep(head);
    // Work that costs nothing runs to its end now; ending starts the next job (end() advances again).
    while (this.queue[0] === head && this.delay(head) === 0 && !this.closed && !this.holding) this.runStep(head);
    const next = this.queue[0];
    if (this.timer || !next) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const entry = this.queue[0];
      if (this.closed || this.holding || !entry) return;
      this.runStep(entry);
      this.advance();
    }, this.delay(next));
  }

  private delay(entry: Entry): number {
    return this.stepMs ?? entry.work?.unitMs ?? DEFAULT_STEP_MS;
  }

  private runStep(entry: Entry): void {
    const { job } = entry;
    if (job.status === 'READY') {
      this.start(entry);
      return;
    }
    if (job.status === 'STOPPING') {
      this.end(entry, 'CANCELLED');
      return;
    }
    const failure = this.failures.get(job.id);
    if (failure !== undefined) {
      this.failures.delete(job.id);
      this.ctx.log('Error', `task failed due to error: ${failure}`);
      this.end(entry, 'FAILED', failure);
      return;
    }
    const work = entry.work as NonNullable<Entry['work']>;
    const unit = work.units[work.next];
    if (unit) {
      try {
        this.ctx.state.touch();
        const sub = unit();
        job.subTasks = sub ? [sub] : null;
      } catch (e) {
        this.ctx.log('Error', `task failed due to error: ${(e as Error).message}`);
        this.end(entry, 'FAILED', (e as Error).message);
        return;
      }
      work.next++;
      job.progress = work.next / work.units.length;
    }
    if (work.next >= work.units.length) {
      if (work.final) job.progress = work.final();
      else if (work.units.length === 0) job.progress = null;
      // The task's own closing work (log lines, scan-complete notices) runs before the manager marks it finished.
      entry.onDone?.(job);
      this.end(entry, 'FINISHED');
      return;
    }
    this.publish('UPDATE', job);
  }

  private start(entry: Entry): void {
    const { job } = entry;
    job.status = 'RUNNING';
    job.startTime = this.ctx.nowDate().toISOString();
    try {
      const made = entry.body();
      entry.work = isWork(made) ? { ...made, next: 0 } : { units: [...made], next: 0 };
    } catch (e) {
      const error = e;
      entry.work = {
        units: [
          () => {
            throw error;
          },
        ],
        next: 0,
      };
    }
    this.publish('UPDATE', job);
  }

  private end(entry: Entry, status: JobStatus, error: string | null = null): void {
    const { job } = entry;
    job.status = status;
    job.error = error;
    job.endTime = this.ctx.nowDate().toISOString();
    this.remove(entry);
    this.clearTimer();
    this.advance();
  }

  private remove(entry: Entry): void {
    const index = this.queue.indexOf(entry);
    if (index < 0) return;
    this.queue.splice(index, 1);
    entry.job.subTasks = null;
    this.graveyard.push(entry.job);
    if (this.graveyard.length > GRAVEYARD_SIZE) this.graveyard.shift();
    this.publish('REMOVE', entry.job);
    this.notify();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private publish(type: JobStatusUpdate['type'], job: Job): void {
    this.events.publish({ type, job: copy(job) });
  }
}

function copy(job: Job): Job {
  return { ...job, subTasks: job.subTasks ? [...job.subTasks] : null };
}

function isWork(x: Iterable<JobUnit> | JobWork): x is JobWork {
  return !(Symbol.iterator in x) && Array.isArray((x as JobWork).units);
}
