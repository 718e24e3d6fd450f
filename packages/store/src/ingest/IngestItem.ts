import type { StashError } from '@stash-graphql/core';
import type { JobDataFragment } from '@stash-graphql/core/generated';
import type { PlannedSave } from '@stash-graphql/orm';
import type * as v from 'valibot';
import type { IngestItemSchema, IngestPerformerSchema } from './IngestItemSchema.js';

/** A performer named by a downloader: a name, or a name with Stash's disambiguation and extra fields to set. */
export type IngestPerformer = v.InferInput<typeof IngestPerformerSchema>;

/**
 * One downloaded file and what the downloader knows about it. Omitted fields are left as they are in Stash. The type
 * and the run-time check come from one definition, `IngestItemSchema` (see there for each field).
 */
export type IngestItem = v.InferInput<typeof IngestItemSchema>;

export type IngestKind = 'Scene' | 'Image' | 'Gallery';

export interface IngestItemResult {
  path: string;
  kind: IngestKind;
  /**
   * `unchanged`: already as described, nothing sent. `needs-scan` (dry runs only): Stash does not know the file yet;
   * the real run scans it first, then updates it, which a plan cannot foresee.
   */
  status: 'updated' | 'unchanged' | 'failed' | 'needs-scan';
  /** The Stash id, once resolved. */
  id?: string | undefined;
  /** Fields this run changed. */
  changed: string[];
  /** Things asked for that this Stash cannot store; reported, never silently dropped. */
  warnings: string[];
  error?: StashError | undefined;
}

export interface IngestReport {
  results: IngestItemResult[];
  created: { studios: string[]; performers: string[]; tags: string[] };
  updated: number;
  unchanged: number;
  failed: number;
  /** The scan job, when a scan ran. */
  scan?: JobDataFragment | undefined;
  /** Dry runs: items whose files the scan would add first (status `needs-scan`). */
  needsScan?: number | undefined;
  /**
   * Dry runs: what the run would send, in order (the scan, the name creates, the items' save), and the diff per
   * entity. In a dry run `updated`, `created` and `changed` say what the run would do.
   */
  plan?: PlannedSave | undefined;
}
