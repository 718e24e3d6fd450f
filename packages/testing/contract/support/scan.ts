import type { Target } from '../target.js';
import { waitForJob } from './jobs.js';

/** Scans one folder of the test library and waits for the job; returns the job as findJob reports it at the end. */
export async function scanFolder(t: Target, folder: string) {
  const job = await t.client.metadataScan({ input: { paths: [folder] } });
  return waitForJob(t.client, job);
}

/** Images whose file lies under `folder`, sorted by path, tracked for cleanup. */
export async function imagesUnder(t: Target, folder: string) {
  const found = await t.client.findImages({
    image_filter: { path: { value: `${folder}/%`, modifier: 'EQUALS' } },
    filter: { per_page: -1, sort: 'path', direction: 'ASC' },
  });
  for (const i of found.images) t.track('image', i.id);
  return found;
}
