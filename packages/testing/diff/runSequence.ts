import { Kind as AstKind, parse, print, visit } from 'graphql';
import type { Kind, Operation, Sequence } from './generate.js';

export interface Server {
  url: string;
  apiKey?: string;
}

export interface Answer {
  data?: unknown;
  errors?: { message: string; path?: unknown[] }[];
  status: number;
}

export interface SequenceRun {
  /** Each operation's answer, normalised (ids as handles, timestamps blanked). */
  answers: unknown[];
  /** Created and not destroyed: what cleanup must remove. */
  created: { kind: Kind; id: string }[];
}

async function post(server: Server, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(server.apiKey ? { ApiKey: server.apiKey } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return { ...(JSON.parse(text) as object), status: res.status };
  } catch {
    return { status: res.status, errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
}

/** Swaps `@handle` strings for this server's ids (unknown handles stay as they are: an invalid id on purpose). */
function bind(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string' && value.startsWith('@')) return ids.get(value.slice(1)) ?? '999999999';
  if (Array.isArray(value)) return value.map((v) => bind(v, ids));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bind(v, ids)]));
  return value;
}

const typed = new Map<string, string>();
/** The query with `__typename` in every selection set, so ids of different types never share a handle. */
function withTypenames(query: string): string {
  let out = typed.get(query);
  if (!out) {
    out = print(
      visit(parse(query), {
        SelectionSet(node) {
          if (node.selections.some((s) => s.kind === AstKind.FIELD && s.name.value === '__typename')) return undefined;
          return {
            ...node,
            selections: [
              ...node.selections,
              { kind: AstKind.FIELD, name: { kind: AstKind.NAME, value: '__typename' } },
            ],
          };
        },
      }),
    );
    typed.set(query, out);
  }
  return out;
}

const TIME_KEYS = new Set(['created_at', 'updated_at', 'startTime', 'endTime', 'addTime']);
// Lists Stash reads without ORDER BY (SELECT alias FROM tag_aliases WHERE tag_id = ?): SQLite answers them in row or
// index order depending on its plan, so the same sequence gives either order on one real server from run to run.
const UNORDERED_KEYS = new Set(['aliases', 'alias_list']);
// Related lists read without ORDER BY (SELECT performer_id FROM performers_scenes WHERE scene_id = ?): SQLite answers
// in primary-key order or in row (insertion) order depending on the plan its statistics pick, and `PRAGMA optimize`
// runs as Stash closes connections, so one real server changes order over time. Compared as sets.
const UNORDERED_RELATIONS = new Set(['Scene.performers', 'Image.performers', 'Gallery.performers']);

/**
 * What legitimately differs between two servers: ids (each server numbers its own rows: they become the handle of
 * the entity, or `#n` in order of first appearance), timestamps, and the order of lists Stash does not order.
 */
function normalise(value: unknown, names: Map<string, string>, type?: string, key?: string): unknown {
  if (key && TIME_KEYS.has(key)) return value === null ? null : '<time>';
  if (key === 'id' && (typeof value === 'string' || typeof value === 'number')) {
    const id = `${type}:${value}`;
    if (!names.has(id)) names.set(id, `${type}#${names.size + 1}`);
    return names.get(id);
  }
  if (key && UNORDERED_KEYS.has(key) && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return [...value].sort();
  }
  if (Array.isArray(value) && UNORDERED_RELATIONS.has(`${type}.${key}`))
    return value.map((v) => normalise(v, names)).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (Array.isArray(value)) return value.map((v) => normalise(v, names));
  if (value && typeof value === 'object') {
    const t = (value as { __typename?: string }).__typename;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '__typename')
        .map(([k, v]) => [k, normalise(v, names, t, k)]),
    );
  }
  return value;
}

const TABLE_TYPES: Record<string, string> = {
  scenes: 'Scene',
  studios: 'Studio',
  groups: 'Group',
  galleries: 'Gallery',
  performers: 'Performer',
  tags: 'Tag',
};

/** Ids inside error texts ("tag with id 12 not found") are this server's; they read as the handle too. */
function normaliseMessage(message: string, names: Map<string, string>): string {
  const handle = (type: string, id: string) => names.get(`${type}:${id}`) ?? (id === '999999999' ? id : '<id>');
  return (
    message
      // INSERT/UPDATE arguments carry the row's timestamps (wall clock, to the second)
      .replace(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g, '<time>')
      // an UPDATE's last argument is the row id: `UPDATE `scenes` SET ... WHERE (`scenes`.`id` = ?)` [[... 12]]
      .replace(
        /(WHERE \(`(\w+)`\.`id` = \?\)` \[\[[^\]]*?)(\d+)\]\]/g,
        (_m, head: string, table: string, id: string) => `${head}${handle(TABLE_TYPES[table] ?? table, id)}]]`,
      )
      .replace(/\b(\w+) with id (\d+)\b/g, (m, word: string, id: string) => {
        const h = names.get(`${word[0]?.toUpperCase()}${word.slice(1)}:${id}`);
        return h ? `${word} with id ${h}` : m;
      })
      // an alias row's INSERT interpolates the owner id: `INSERT INTO `tag_aliases` (`tag_id`, `alias`) VALUES (12, 'x')`
      .replace(
        /(INSERT INTO `(\w+?)_aliases` \(`\w+`, `alias`\) VALUES \()(\d+),/g,
        (_m, head: string, owner: string, id: string) =>
          `${head}${handle(`${owner[0]?.toUpperCase()}${owner.slice(1)}`, id)},`,
      )
      // tagsMerge's alias INSERT prints its arguments: destination, sources, destination
      .replace(
        /(SELECT \?, name FROM tags WHERE id IN \([?, ]+\)` \[\[)([\d ]+)\]\]/g,
        (_m, head: string, ids: string) =>
          `${head}${ids
            .split(' ')
            .map((id) => handle('Tag', id))
            .join(' ')}]]`,
      )
      // FK errors carry the inserted ids: `INSERT INTO scenes_tags (scene_id, tag_id) ... [[12 34]]`
      .replace(
        /\((\w+)_id, (\w+)_id\)([^[]*)\[\[(\d+) (\d+)\]\]/g,
        (_m, a: string, b: string, mid: string, x: string, y: string) => {
          const type = (col: string) => `${col[0]?.toUpperCase()}${col.slice(1)}`;
          return `(${a}_id, ${b}_id)${mid}[[${handle(type(a), x)} ${handle(type(b), y)}]]`;
        },
      )
  );
}

export async function runSequence(server: Server, sequence: Sequence): Promise<SequenceRun> {
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  const created: { kind: Kind; id: string; handle: string }[] = [];
  const answers: unknown[] = [];
  for (const op of sequence.operations) {
    const answer = await post(server, withTypenames(op.query), bind(op.variables, ids) as Record<string, unknown>);
    const root = answer.data && typeof answer.data === 'object' ? Object.values(answer.data)[0] : undefined;
    if (op.creates && root && typeof root === 'object' && 'id' in root) {
      const id = String((root as { id: unknown }).id);
      ids.set(op.creates.handle, id);
      names.set(`${(root as { __typename?: string }).__typename}:${id}`, `@${op.creates.handle}`);
      created.push({ kind: op.creates.kind, id, handle: op.creates.handle });
    }
    if (answer.errors === undefined || answer.errors.length === 0 || !op.destroys) {
      for (const d of op.destroys ?? []) {
        const i = created.findIndex((c) => c.handle === d.slice(1));
        if (i >= 0) created.splice(i, 1);
      }
    }
    answers.push({
      status: answer.status,
      data: normalise(answer.data ?? null, names),
      errors: answer.errors?.map((e) => ({ message: normaliseMessage(e.message, names), path: e.path })),
    });
  }
  return { answers, created: created.map(({ kind, id }) => ({ kind, id })) };
}

const DESTROY: Record<Kind, string> = {
  scene: 'mutation($ids: [ID!]!) { scenesDestroy(input: { ids: $ids }) }',
  group: 'mutation($ids: [ID!]!) { groupsDestroy(ids: $ids) }',
  performer: 'mutation($ids: [ID!]!) { performersDestroy(ids: $ids) }',
  studio: 'mutation($ids: [ID!]!) { studiosDestroy(ids: $ids) }',
  tag: 'mutation($ids: [ID!]!) { tagsDestroy(ids: $ids) }',
};

/** Removes what a sequence left, scenes before what they point to. Throws if something stays. */
export async function cleanup(server: Server, created: SequenceRun['created']): Promise<void> {
  for (const kind of ['scene', 'group', 'performer', 'studio', 'tag'] as const) {
    const ids = created.filter((c) => c.kind === kind).map((c) => c.id);
    if (!ids.length) continue;
    const answer = await post(server, DESTROY[kind], { ids });
    if (answer.errors?.length) {
      // one may be gone already (a merge, a cascade): destroy one by one
      for (const id of ids) await post(server, DESTROY[kind], { ids: [id] });
    }
  }
}

/** The first operation whose normalised answers differ, or null. */
export function firstDifference(
  sequence: Sequence,
  a: SequenceRun,
  b: SequenceRun,
): { index: number; operation: Operation; a: unknown; b: unknown } | null {
  for (let i = 0; i < sequence.operations.length; i++) {
    if (JSON.stringify(a.answers[i]) !== JSON.stringify(b.answers[i]))
      return { index: i, operation: sequence.operations[i] as Operation, a: a.answers[i], b: b.answers[i] };
  }
  return null;
}
