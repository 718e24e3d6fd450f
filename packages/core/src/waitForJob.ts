import type { JobDataFragment } from './__generated__/graphql.js';
import { checkNumber, TIMER_MS } from './checkOption.js';
import {
  StashAbortError,
  type StashError,
  StashInputError,
  StashJobError,
  StashJobTimeoutError,
} from './StashError.js';

/** The calls waitForJob needs, so it can follow any client. */
export interface JobSource {
  findJob(
    variables: { input: { id: string } },
    options?: { signal?: AbortSignal | undefined },
  ): Promise<JobDataFragment | null>;
  jobsSubscribe(
    variables?: Record<string, never>,
    options?: { signal?: AbortSignal | undefined },
  ): AsyncIterableIterator<{ type: string; job: JobDataFragment }>;
}

export interface WaitForJobOptions {
  /**
   * Called with every newer state of the job (from events, or from polling), the final one included: a FINISHED,
   * FAILED or CANCELLED job is reported here before the wait settles.
   */
  onProgress?: ((job: JobDataFragment) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Give up (StashJobTimeoutError, with the job's last status) after this long. Default: no limit. */
  timeoutMs?: number | undefined;
  /** Polling cadence when the WebSocket is unavailable. Default 500. */
  pollIntervalMs?: number | undefined;
  /**
   * The slowest safety poll while events flow, so a job that ended before the subscription started is still seen; it
   * starts at 50 ms (Stash does not acknowledge a subscription and small jobs end in
   * milliseconds) and doubles up to this. Default 2000.
   */
  safetyPollMs?: number | undefined;
}

/** Refuses invalid wait options with StashInputError; `runJob` calls it before it starts the job. */
export function checkWaitForJobOptions(options: WaitForJobOptions | undefined): void {
  checkNumber('timeoutMs', options?.timeoutMs, TIMER_MS);
  checkNumber('pollIntervalMs', options?.pollIntervalMs, TIMER_MS);
  checkNumber('safetyPollMs', options?.safetyPollMs, TIMER_MS);
  if (options?.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new StashInputError('onProgress must be a function (job) => void');
  }
}

/**
 * Follows a job until it ends: jobsSubscribe events when the WebSocket works, findJob polling when it does not.
 * It checks findJob first, so a job that ended before the call resolves at once instead of waiting for an event.
 */
export function waitForJob(
  source: JobSource,
  jobId: string,
  options: WaitForJobOptions = {},
): Promise<JobDataFragment> {
  const { signal, onProgress, timeoutMs, pollIntervalMs = 500, safetyPollMs = 2000 } = options;
  try {
    checkWaitForJobOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise<JobDataFragment>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new StashAbortError({ cause: signal.reason }));
      return;
    }
    const stop = new AbortController();
    let done = false;
    let subscriptionDown = false;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;
    let lastProgress: string | undefined;
    let lastSeen: JobDataFragment | undefined;
    // A job that ends after the first poll but before the subscription is active sends no event that reaches us.
    // The safety poll therefore starts fast and slows down to safetyPollMs, instead of waiting it out at once.
    let safetyDelay = Math.min(50, safetyPollMs);
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      stop.abort();
      clearTimeout(pollTimer);
      clearTimeout(deadline);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(new StashAbortError({ cause: signal?.reason })));
    signal?.addEventListener('abort', onAbort);
    const deadline =
      timeoutMs === undefined
        ? undefined
        : setTimeout(
            () =>
              finish(() => reject(new StashJobTimeoutError(timeoutMs, jobId, lastSeen?.status ?? 'UNKNOWN', lastSeen))),
            timeoutMs,
          );

    const report = (job: JobDataFragment) => {
      const key = `${job.status}:${job.progress}:${job.subTasks?.join()}`;
      if (key === lastProgress) return;
      lastProgress = key;
      try {
        onProgress?.(job);
      } catch (e) {
        // The caller's own callback failed: that ends the wait with its error, not a switch to polling.
        finish(() => reject(e));
      }
    };

    const observe = (job: JobDataFragment) => {
      if (done || job.id !== jobId) return;
      lastSeen = job;
      // The final state reaches onProgress before the wait settles, so a progress bar can show how the job ended.
      if (job.status === 'FINISHED' || job.status === 'FAILED' || job.status === 'CANCELLED') report(job);
      if (done) return;
      if (job.status === 'FINISHED') finish(() => resolve(job));
      else if (job.status === 'FAILED' || job.status === 'CANCELLED') {
        finish(() =>
          reject(
            new StashJobError(
              jobId,
              job.status,
              `Job ${jobId} (${job.description}) ${job.status}${job.error ? `: ${job.error}` : ''}`,
              job,
            ),
          ),
        );
      } else report(job);
    };

    const poll = async () => {
      if (done) return;
      try {
        const job = await source.findJob({ input: { id: jobId } }, { signal: stop.signal });
        if (done) return;
        if (!job) {
          finish(() =>
            reject(
              new StashJobError(
                jobId,
                'NOT_FOUND',
                `Job ${jobId} is not known to Stash (never queued, or long finished)`,
              ),
            ),
          );
          return;
        }
        observe(job);
      } catch (e) {
        if (!done) finish(() => reject(e as StashError));
        return;
      }
      if (done) return;
      pollTimer = setTimeout(poll, subscriptionDown ? pollIntervalMs : safetyDelay);
      safetyDelay = Math.min(safetyPollMs, safetyDelay * 2);
    };

    void (async () => {
      try {
        for await (const update of source.jobsSubscribe(undefined, { signal: stop.signal })) observe(update.job);
      } catch {
        // No WebSocket (proxy, old server, refused): poll at the faster cadence instead.
      }
      if (!done) {
        subscriptionDown = true;
        clearTimeout(pollTimer);
        pollTimer = setTimeout(poll, pollIntervalMs);
      }
    })();
    void poll();
  });
}
