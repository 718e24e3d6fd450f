import { StashInputError } from '@stash-graphql/core';
import { isStashDate } from '@stash-graphql/orm';
import * as v from 'valibot';
import { goTrimSpace } from '../naturalKeys/goText.js';

/*
 * One definition gives both the TypeScript type of an ingest item and its run-time check (valibot: small, modular,
 * tree-shaken, no dependencies; its issues carry the path of each problem). Items often come from JSON written by
 * other programs, so every field is checked, and unknown keys are errors: a typo must not be dropped silently.
 */

const nonBlank = (what: string) =>
  v.pipe(
    v.string(),
    v.check((s) => goTrimSpace(s) !== '', `${what} must not be blank`),
  );
const absolutePath = v.pipe(
  v.string(),
  v.check(
    (p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p),
    'must be an absolute file path (/… or C:\\…), as Stash sees it',
  ),
);
const stashDate = v.pipe(
  v.string(),
  v.check((d) => d === '' || isStashDate(d), 'must be a date Stash accepts: YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339'),
);
const customFields = v.record(v.string(), v.union([v.string(), v.number(), v.boolean(), v.null()]));

export const IngestPerformerSchema = v.union([
  nonBlank('a performer name'),
  v.strictObject({
    name: nonBlank('a performer name'),
    disambiguation: v.optional(v.string()),
    aliases: v.optional(v.array(nonBlank('an alias'))),
    custom_fields: v.optional(customFields),
  }),
]);

export const IngestItemSchema = v.strictObject({
  // The file's path as Stash sees it (inside one of its library folders).
  path: absolutePath,
  title: v.optional(v.nullable(v.string())),
  code: v.optional(v.nullable(v.string())),
  date: v.optional(v.nullable(stashDate)),
  details: v.optional(v.nullable(v.string())),
  // Added to the entity's URLs (existing ones are kept).
  urls: v.optional(v.array(nonBlank('a URL'))),
  rating100: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)))),
  organized: v.optional(v.boolean()),
  // Studio name, found or created.
  studio: v.optional(v.nullable(nonBlank('a studio name'))),
  // Added to the entity's performers, each found (by name, alias, disambiguation) or created.
  performers: v.optional(v.array(IngestPerformerSchema)),
  // Added to the entity's tags, each found (by name or alias) or created.
  tags: v.optional(v.array(nonBlank('a tag name'))),
  // Added to the entity's stash ids (scenes).
  stash_ids: v.optional(
    v.array(v.strictObject({ endpoint: nonBlank('an endpoint'), stash_id: nonBlank('a stash id') })),
  ),
  // Cover image for a scene (URL or data URI); set when the scene is first ingested.
  cover: v.optional(nonBlank('a cover')),
  // Custom fields, where the server's update input for this kind has them (Stash v0.30: performers only).
  custom_fields: v.optional(customFields),
});

export const INGEST_ITEM_KEYS: readonly string[] = Object.keys(IngestItemSchema.entries);
const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  performers: ['name', 'disambiguation', 'aliases', 'custom_fields'],
  stash_ids: ['endpoint', 'stash_id'],
};

/** One problem of an item: where (`performers[0].name`) and what. */
export interface IngestIssue {
  path: string;
  message: string;
}

/** An ingest item that is not valid: nothing was sent for it. `issues` lists every problem found. */
export class StashIngestItemError extends StashInputError {
  constructor(
    /** The item's position in the call. */
    readonly index: number,
    readonly issues: readonly IngestIssue[],
  ) {
    super(`ingest item ${index}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  }
}

/** The item, or its typed error. */
export function checkIngestItem(item: unknown, index: number): StashIngestItemError | null {
  const result = v.safeParse(IngestItemSchema, item, { abortEarly: false });
  if (result.success) return null;
  return new StashIngestItemError(
    index,
    result.issues.flatMap((issue) => describeIssue(issue)),
  );
}

type Issue = v.BaseIssue<unknown>;

function pathOf(issue: Issue): string {
  let out = '';
  for (const p of issue.path ?? []) {
    out += typeof p.key === 'number' ? `[${p.key}]` : out ? `.${String(p.key)}` : String(p.key);
  }
  return out;
}

function describeIssue(issue: Issue): IngestIssue[] {
  const path = pathOf(issue);
  // A union (performer: a name or an object): report the branch that got furthest.
  if (issue.type === 'union' && issue.issues?.length) {
    const deepest = Math.max(...issue.issues.map((i) => i.path?.length ?? 0));
    if (deepest > (issue.path?.length ?? 0)) {
      return issue.issues.filter((i) => (i.path?.length ?? 0) === deepest).flatMap(describeIssue);
    }
    const value = issue.input;
    return [{ path, message: `expected a name or { name, … }, got ${show(value)}` }];
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = String(issue.path?.at(-1)?.key ?? '');
    const depth = issue.path?.length ?? 0;
    const valid = depth <= 1 ? INGEST_ITEM_KEYS : (NESTED_KEYS[String(issue.path?.[0]?.key)] ?? []);
    const near = nearest(key, valid);
    return [
      {
        path,
        message:
          `unknown key ${JSON.stringify(key)}` +
          (near ? ` (did you mean ${JSON.stringify(near)}?)` : '') +
          (valid.length ? `; valid keys: ${valid.join(', ')}` : ''),
      },
    ];
  }
  if (issue.kind === 'schema') {
    return [{ path, message: `expected ${issue.expected ?? issue.type}, got ${show(issue.input)}` }];
  }
  return [{ path, message: `${issue.message} (got ${show(issue.input)})` }];
}

const show = (x: unknown): string => {
  if (x === undefined) return 'nothing';
  try {
    const s = JSON.stringify(x);
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    return typeof x;
  }
};

/** The valid key closest to a typo (Levenshtein distance ≤ 1/3 of its length, at least 2), if any. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
