import type { JobDataFragment } from './__generated__/graphql.js';
import { StashAbortError, type StashError, StashJobError, StashTimeoutError } from './StashError.js';

/** The calls waitForJob needs, so it can follow any client. */
export interface JobSource {
  findJob(variables: { input: { id: string } }, options?: { signal?: AbortSignal }): Promise<JobDataFragment | null>;
  jobsSubscribe(
    variables?: Record<string, never>,
    options?: { signal?: AbortSignal },
  ): AsyncIterableIterator<{ type: string; job: JobDataFragment }>;
}

export interface WaitForJobOptions {
  /** Called with every newer state of the job (from events, or from polling). */
  onProgress?: (job: JobDataFragment) => void;
  signal?: AbortSignal;
  /** Give up (StashTimeoutError) after this long. Default: no limit. */
  timeoutMs?: number;
  /** Polling cadence when the WebSocket is unavailable. Default 500. */
  pollIntervalMs?: number;
  /**
   * The longest gap between safety polls while events flow, so a job that ended before the subscription started is
   * still seen. Stash does not acknowledge a subscription and small jobs end in milliseconds, so the gaps start at
   * 50 ms and double up to this. Default 2000.
   */
  safetyPollMs?: number;
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
    let safetyGap = Math.min(50, safetyPollMs);
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
        : setTimeout(() => finish(() => reject(new StashTimeoutError(timeoutMs))), timeoutMs);

    const observe = (job: JobDataFragment) => {
      if (done || job.id !== jobId) return;
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
      } else {
        const key = `${job.status}:${job.progress}:${job.subTasks?.join()}`;
        if (key !== lastProgress) {
          lastProgress = key;
          onProgress?.(job);
        }
      }
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
      if (subscriptionDown) pollTimer = setTimeout(poll, pollIntervalMs);
      else {
        pollTimer = setTimeout(poll, safetyGap);
        safetyGap = Math.min(safetyGap * 2, safetyPollMs);
      }
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
