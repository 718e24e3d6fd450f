import type { StashClient } from '@stash-graphql/core';
import type { JobStatus } from '@stash-graphql/core/generated';

export const TERMINAL: readonly JobStatus[] = ['FINISHED', 'CANCELLED', 'FAILED'];

export type JobData = NonNullable<Awaited<ReturnType<StashClient['findJob']>>>;

/** Polls findJob until the job reaches a final status. Jobs run asynchronously on both the fake and Stash. */
export async function waitForJob(client: StashClient, id: string, timeoutMs = 20_000): Promise<JobData> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await client.findJob({ input: { id } });
    if (!job) throw new Error(`job ${id} disappeared`);
    if (TERMINAL.includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
