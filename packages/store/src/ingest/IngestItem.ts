import type { StashError } from '@stash-graphql/core';
import type { JobDataFragment } from '@stash-graphql/core/generated';
import type { PlannedSave } from '@stash-graphql/orm';
import type * as v from 'valibot';
import type { IngestItemSchema, IngestPerformerSchema } from './IngestItemSchema.js';

/** A performer named by a downloader: a name, or a name with Stash's disambiguation and extra fields to set. */
export type IngestPerformer = v.InferInput<typeof IngestPerformerSchema>;

/**
 * One downloaded file and what the downloader knows about it. Omitted fields are left as they are in Stash. The type
 * and the run-time check come from one definition, `IngestItemSchema`.
 *
 * - `path`: the file's path as Stash sees it (inside one of its library folders).
 * - `title`, `code`, `date`, `details`, `rating100`, `organized`: set as given (`null` clears).
 * - `urls`, `tags`, `performers`, `stash_ids`: added to what the entity has (existing ones are kept). Tags are found
 *   by name or alias, performers by name, alias and disambiguation; either is created when missing.
 * - `studio`: the studio's name, found or created.
 * - `cover`: a scene's cover image (URL or data URI), set when the scene is first ingested.
 * - `custom_fields`: where the server's update input for this kind has them (Stash v0.30: performers only).
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
