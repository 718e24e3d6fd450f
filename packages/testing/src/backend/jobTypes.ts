// The shapes of the fake's jobs (Stash's Job type and the work a job body describes), apart from the queue.

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

/** One unit of a job's work; it may return the sub-task label Stash shows while it runs. */
export type JobUnit = () => string | undefined;

/**
 * What a job does, worked out when it starts. `final` is the progress Stash reports once the work is done, for tasks
 * whose last progress call is not "all units done" (a generate with nothing to do reports null, a dry-run clean the
 * share of files it would delete).
 */
export interface JobWork {
  units: JobUnit[];
  final?: () => number | null;
  /**
   * How long one unit takes on a small library when jobs are not held; default `DEFAULT_STEP_MS`. 0 for work Stash
   * does in well under a millisecond (a clean's stat of each file, a generate with nothing to generate): such a job
   * runs to its end as soon as it starts, so it is over before the mutation that queued it answers, as on Stash.
   */
  unitMs?: number;
}

export type JobBody = () => Iterable<JobUnit> | JobWork;

export interface JobTiming {
  /** Jobs wait for step()/finish() instead of running on their own. Default false. */
  hold?: boolean;
  /**
   * Time between two units of work when not held, for every job. By default each task takes what it takes on a
   * small library: 3 ms per file scanned, nothing for a clean or a generate with nothing to do (`JobWork.unitMs`).
   */
  stepMs?: number;
}
