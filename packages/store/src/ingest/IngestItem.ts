import type { JobDataFragment, StashError } from '@stash-graphql/core';

/** A performer named by a downloader: a name, or a name with Stash's disambiguation and extra fields to set. */
export type IngestPerformer =
  | string
  | {
      name: string;
      disambiguation?: string | undefined;
      aliases?: string[] | undefined;
      custom_fields?: Record<string, unknown> | undefined;
    };

/** One downloaded file and what the downloader knows about it. Omitted fields are left as they are in Stash. */
export interface IngestItem {
  /** The file's path as Stash sees it (inside one of its library folders). */
  path: string;
  title?: string | null | undefined;
  code?: string | null | undefined;
  date?: string | null | undefined;
  details?: string | null | undefined;
  /** Added to the entity's URLs (existing ones are kept). */
  urls?: string[] | undefined;
  rating100?: number | null | undefined;
  organized?: boolean | undefined;
  /** Studio name, found or created. */
  studio?: string | null | undefined;
  /** Added to the entity's performers, each found (by name, alias, disambiguation) or created. */
  performers?: IngestPerformer[] | undefined;
  /** Added to the entity's tags, each found (by name or alias) or created. */
  tags?: string[] | undefined;
  /** Added to the entity's stash ids (scenes). */
  stash_ids?: { endpoint: string; stash_id: string }[] | undefined;
  /** Cover image for a scene (URL or data URI); set when the scene is first ingested. */
  cover?: string | undefined;
  /** Custom fields, where the server's update input for this kind has them (Stash v0.30: performers only). */
  custom_fields?: Record<string, unknown> | undefined;
}

export type IngestKind = 'Scene' | 'Image' | 'Gallery';

export interface IngestItemResult {
  path: string;
  kind: IngestKind;
  /** `unchanged`: already as described, nothing sent. */
  status: 'updated' | 'unchanged' | 'failed';
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
}
