/**
 * Operation sequences for the differential harness, generated from a seed: entity graphs named from tricky sets,
 * creates, updates with omitted / null / empty values, bulk modes, filters with modifiers, sorts and pages, merges,
 * destroys and invalid inputs. An operation refers to entities created earlier in its sequence by handle (`@tag1`);
 * the runner swaps in each server's own ids.
 */

export interface Operation {
  /** GraphQL document (one root field). */
  query: string;
  /** Variables; strings `@<handle>` stand for the id of an entity created earlier in the sequence. */
  variables: Record<string, unknown>;
  /** Handle under which the created entity's id is remembered (`data.<root>.id`). */
  creates?: { handle: string; kind: Kind };
  /** The entity this operation removes (no longer cleaned up). */
  destroys?: string[];
}

export type Kind = 'tag' | 'studio' | 'performer' | 'scene' | 'group';

export interface Sequence {
  seed: number;
  prefix: string;
  operations: Operation[];
}

/** mulberry32: small, fast, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Names that trip naive implementations: case, accents, spaces, LIKE wildcards, quotes, regex characters, emoji. */
export const TRICKY_NAMES = [
  'alpha',
  'Alpha',
  'ALPHA',
  'alpha beta',
  ' padded ',
  'émile',
  'Émile',
  'straße',
  'x_z',
  'xyz',
  '100%',
  '100x',
  "o'neil",
  'say "hi"',
  'a.b*c',
  '(paren)',
  'tab\there',
  '日本語',
  '🙂 smile',
  'zeta',
  'Zeta',
  '10',
  '9',
  'a-b',
];

const DATES = ['2020-01-02', '2021-12', '1999', '', 'June 1', 'not-a-date', '2020-02-30', '2021-03-04T10:00:00Z'];
const STRING_MODIFIERS = [
  'EQUALS',
  'NOT_EQUALS',
  'INCLUDES',
  'EXCLUDES',
  'MATCHES_REGEX',
  'NOT_MATCHES_REGEX',
  'IS_NULL',
  'NOT_NULL',
];
const INT_MODIFIERS = ['EQUALS', 'NOT_EQUALS', 'GREATER_THAN', 'LESS_THAN', 'IS_NULL', 'NOT_NULL', 'BETWEEN'];
const BULK_MODES = ['SET', 'ADD', 'REMOVE'];

const TAG = 'id name description aliases favorite ignore_auto_tag parents { id } children { id }';
const STUDIO = 'id name details parent_studio { id } aliases';
const PERFORMER = 'id name disambiguation gender birthdate death_date favorite';
const SCENE = 'id title details date rating100 organized code studio { id } tags { id } performers { id }';
const GROUP = 'id name date director';

export function generate(seed: number, length = 10): Sequence {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const chance = (p: number) => rnd() < p;
  // no `_` or `%`: the prefix scopes finds with LIKE
  const prefix = `dfz${seed.toString(36)}q`;
  const handles: Record<Kind, string[]> = { tag: [], studio: [], performer: [], scene: [], group: [] };
  const ops: Operation[] = [];
  let counter = 0;
  const name = () => `${prefix} ${pick(TRICKY_NAMES)}${chance(0.5) ? ` ${++counter}` : ''}`;
  const some = (kind: Kind, max = 2) => {
    const list = handles[kind];
    const out = new Set<string>();
    for (let i = 0, n = Math.floor(rnd() * (max + 1)); i < n && list.length; i++) out.add(`@${pick(list)}`);
    return [...out];
  };
  const one = (kind: Kind) => (handles[kind].length ? `@${pick(handles[kind])}` : null);
  /** omitted, null, empty or a value */
  const maybe = (input: Record<string, unknown>, key: string, value: () => unknown) => {
    const r = rnd();
    if (r < 0.4) return;
    if (r < 0.55) input[key] = null;
    else if (r < 0.65) input[key] = Array.isArray(value()) ? [] : '';
    else input[key] = value();
  };
  // numbered per kind, never reused: after a merge or destroy, a new entity must not take a gone one's handle
  const made: Record<Kind, number> = { tag: 0, studio: 0, performer: 0, scene: 0, group: 0 };
  const create = (kind: Kind, query: string, input: Record<string, unknown>) => {
    const handle = `${kind}${++made[kind]}`;
    ops.push({ query, variables: { input }, creates: { handle, kind } });
    handles[kind].push(handle);
  };

  const steps: [number, () => void][] = [
    [
      4,
      () => {
        const input: Record<string, unknown> = { name: name() };
        maybe(input, 'description', () => pick(TRICKY_NAMES));
        maybe(input, 'aliases', () => [name()]);
        if (chance(0.3)) input.parent_ids = some('tag', 1);
        create('tag', `mutation($input: TagCreateInput!) { tagCreate(input: $input) { ${TAG} } }`, input);
      },
    ],
    [
      2,
      () => {
        const input: Record<string, unknown> = { name: name() };
        maybe(input, 'details', () => pick(TRICKY_NAMES));
        if (chance(0.4)) input.parent_id = one('studio');
        create('studio', `mutation($input: StudioCreateInput!) { studioCreate(input: $input) { ${STUDIO} } }`, input);
      },
    ],
    [
      2,
      () => {
        const input: Record<string, unknown> = { name: name() };
        maybe(input, 'disambiguation', () => pick(TRICKY_NAMES));
        maybe(input, 'gender', () => pick(['MALE', 'FEMALE', 'NON_BINARY']));
        maybe(input, 'birthdate', () => pick(DATES));
        create(
          'performer',
          `mutation($input: PerformerCreateInput!) { performerCreate(input: $input) { ${PERFORMER} } }`,
          input,
        );
      },
    ],
    [
      4,
      () => {
        const input: Record<string, unknown> = { title: name() };
        maybe(input, 'details', () => pick(TRICKY_NAMES));
        maybe(input, 'date', () => pick(DATES));
        maybe(input, 'rating100', () => pick([0, 1, 50, 100, 101, -1]));
        maybe(input, 'code', () => pick(TRICKY_NAMES));
        if (chance(0.5)) input.studio_id = one('studio');
        if (chance(0.6)) input.tag_ids = some('tag', 3);
        if (chance(0.4)) input.performer_ids = some('performer');
        create('scene', `mutation($input: SceneCreateInput!) { sceneCreate(input: $input) { ${SCENE} } }`, input);
      },
    ],
    [
      1,
      () => {
        const input: Record<string, unknown> = { name: name() };
        maybe(input, 'date', () => pick(DATES));
        maybe(input, 'director', () => pick(TRICKY_NAMES));
        create('group', `mutation($input: GroupCreateInput!) { groupCreate(input: $input) { ${GROUP} } }`, input);
      },
    ],
    [
      3,
      () => {
        const id = one('tag');
        if (!id) return;
        const input: Record<string, unknown> = { id };
        maybe(input, 'name', () => name());
        maybe(input, 'description', () => pick(TRICKY_NAMES));
        maybe(input, 'aliases', () => [name(), name()]);
        maybe(input, 'favorite', () => chance(0.5));
        ops.push({
          query: `mutation($input: TagUpdateInput!) { tagUpdate(input: $input) { ${TAG} } }`,
          variables: { input },
        });
      },
    ],
    [
      3,
      () => {
        const id = one('scene');
        if (!id) return;
        const input: Record<string, unknown> = { id };
        maybe(input, 'title', () => name());
        maybe(input, 'date', () => pick(DATES));
        maybe(input, 'rating100', () => pick([10, 99]));
        maybe(input, 'tag_ids', () => some('tag', 3));
        maybe(input, 'studio_id', () => one('studio'));
        ops.push({
          query: `mutation($input: SceneUpdateInput!) { sceneUpdate(input: $input) { ${SCENE} } }`,
          variables: { input },
        });
      },
    ],
    [
      2,
      () => {
        const ids = some('scene', 3);
        if (!ids.length) return;
        const input: Record<string, unknown> = { ids };
        if (chance(0.7)) input.tag_ids = { mode: pick(BULK_MODES), ids: some('tag', 2) };
        if (chance(0.4)) input.performer_ids = { mode: pick(BULK_MODES), ids: some('performer') };
        maybe(input, 'organized', () => chance(0.5));
        ops.push({
          query: `mutation($input: BulkSceneUpdateInput!) { bulkSceneUpdate(input: $input) { ${SCENE} } }`,
          variables: { input },
        });
      },
    ],
    [
      4,
      () => {
        const modifier = pick(STRING_MODIFIERS);
        const value = modifier.includes('REGEX')
          ? pick(['^dfz', 'ALPHA', '(?i)alpha', '[0-9]+$', 'é'])
          : pick(TRICKY_NAMES);
        const tag_filter: Record<string, unknown> = {
          name: { value: prefix, modifier: 'INCLUDES' },
          AND: { [pick(['name', 'description'])]: { value, modifier } },
        };
        const filter = {
          // not created_at: Stash stores it to the second, so whether two rows of one sequence tie (and fall back to
          // the name) depends on the wall clock; one real server answers either order from run to run
          sort: pick(['name', 'id', 'performers_count', 'scenes_count']),
          direction: pick(['ASC', 'DESC']),
          per_page: pick([-1, 2, 5]),
          page: pick([1, 2]),
        };
        ops.push({
          query: `query($f: FindFilterType, $t: TagFilterType) { findTags(filter: $f, tag_filter: $t) { count tags { id name } } }`,
          variables: { f: filter, t: tag_filter },
        });
      },
    ],
    [
      3,
      () => {
        const scene_filter: Record<string, unknown> = { title: { value: prefix, modifier: 'INCLUDES' } };
        const which = pick(['rating100', 'date', 'tags', 'organized', 'title']);
        if (which === 'rating100')
          scene_filter.rating100 = { value: pick([0, 50]), value2: 99, modifier: pick(INT_MODIFIERS) };
        if (which === 'date')
          scene_filter.date = {
            value: pick(['2020-01-01', '2021']),
            modifier: pick(['GREATER_THAN', 'LESS_THAN', 'IS_NULL', 'EQUALS']),
          };
        if (which === 'tags')
          scene_filter.tags = { value: some('tag', 2), modifier: pick(['INCLUDES', 'INCLUDES_ALL', 'EXCLUDES']) };
        if (which === 'organized') scene_filter.organized = chance(0.5);
        if (which === 'title')
          scene_filter.AND = { title: { value: pick(TRICKY_NAMES), modifier: pick(STRING_MODIFIERS) } };
        const filter = {
          sort: pick(['title', 'date', 'rating', 'id', 'tag_count']),
          direction: pick(['ASC', 'DESC']),
          per_page: pick([-1, 3]),
        };
        ops.push({
          query: `query($f: FindFilterType, $s: SceneFilterType) { findScenes(filter: $f, scene_filter: $s) { count scenes { id title } } }`,
          variables: { f: filter, s: scene_filter },
        });
      },
    ],
    [
      1,
      () => {
        const source = some('tag', 2);
        const destination = one('tag');
        if (!destination || !source.length) return;
        ops.push({
          query: `mutation($input: TagsMergeInput!) { tagsMerge(input: $input) { ${TAG} } }`,
          variables: { input: { source, destination } },
          destroys: source.filter((s) => s !== destination),
        });
        for (const s of source) if (s !== destination) handles.tag.splice(handles.tag.indexOf(s.slice(1)), 1);
      },
    ],
    [
      1,
      () => {
        const kind = pick(['tag', 'scene', 'performer'] as const);
        const id = one(kind);
        if (!id) return;
        const root = { tag: 'tagDestroy', scene: 'sceneDestroy', performer: 'performerDestroy' }[kind];
        const type = { tag: 'TagDestroyInput', scene: 'SceneDestroyInput', performer: 'PerformerDestroyInput' }[kind];
        ops.push({
          query: `mutation($input: ${type}!) { ${root}(input: $input) }`,
          variables: { input: { id } },
          destroys: [id],
        });
        handles[kind].splice(handles[kind].indexOf(id.slice(1)), 1);
      },
    ],
    [
      1,
      () => {
        // invalid inputs: a bad id, a missing id, an empty name
        const bad = pick([
          {
            query: 'query($id: ID!) { findTag(id: $id) { id } }',
            variables: { id: pick(['abc', '999999999', '-1', '']) },
          },
          {
            query: `mutation($input: TagUpdateInput!) { tagUpdate(input: $input) { id } }`,
            variables: { input: { id: pick(['x1', '999999999']), name: name() } },
          },
          {
            query: 'mutation($input: TagCreateInput!) { tagCreate(input: $input) { id } }',
            variables: { input: { name: pick(['', '   ']) } },
          },
          {
            query: 'mutation($input: SceneUpdateInput!) { sceneUpdate(input: $input) { id } }',
            variables: { input: { id: one('scene') ?? '999999999', tag_ids: ['abc'] } },
          },
        ]);
        ops.push(bad);
      },
    ],
  ];
  const total = steps.reduce((n, [w]) => n + w, 0);
  while (ops.length < length) {
    let r = rnd() * total;
    for (const [w, step] of steps) {
      r -= w;
      if (r < 0) {
        step();
        break;
      }
    }
  }
  return { seed, prefix, operations: ops };
}
