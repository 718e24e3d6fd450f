import type { StashClient } from '@stash-graphql/core';
import { OPERATIONS } from '@stash-graphql/core/generated';
import type { HasMany } from './defineRelations.js';
import { type Entity, type EntityClass, entityClass, fieldInfo, stateOf } from './Entity.js';
import { mergeLoaded } from './entityState.js';
import { hydrateMany } from './hydrate.js';
import { IdentityMap } from './IdentityMap.js';
import { StashOrmError } from './StashOrmError.js';

/** How a relation is read: from the entity's own payload (`field`), or by a filter query on the other side. */
export type PopulationStrategy =
  | { kind: 'field'; field: string }
  | {
      kind: 'filter';
      query: string;
      filterArg: string;
      criterion: string;
      modifier: 'INCLUDES';
      resultField: string;
      target: string;
    };

/** The strategy for `cls.field`, for the store layer: `Tag.scenes` → findScenes(scene_filter: { tags: … }). */
export function populationStrategy(cls: EntityClass, field: string): PopulationStrategy {
  const rel = cls.relations[field];
  if (rel?.kind !== 'hasMany') {
    if (!Object.hasOwn((cls as unknown as { meta: { fields: object } }).meta.fields, field)) {
      throw new StashOrmError('unknown-field', `${cls.typename} has no field ${JSON.stringify(field)}`);
    }
    return { kind: 'field', field };
  }
  return {
    kind: 'filter',
    query: rel.query,
    filterArg: rel.filterArg,
    criterion: rel.criterion,
    modifier: 'INCLUDES',
    resultField: rel.resultField,
    target: rel.target,
  };
}

/** Records per page when a relation list is read (Stash answers `per_page: -1` with every row at once). */
export const POPULATE_PAGE = 1000;

/** The query and variables that read one page (from 1) of `entity.field` for a filter strategy. */
export function populateQuery(
  entity: Entity,
  field: string,
  page = 1,
): { query: string; variables: Record<string, unknown> } {
  const s = populationStrategy(entity.constructor as EntityClass, field);
  if (s.kind !== 'filter')
    throw new StashOrmError('invalid-value', `${entity.typename}.${field} is read with the entity`);
  if (entity.isNew()) throw new StashOrmError('unsaved-reference', `${entity.typename} ${entity.id} is not saved yet`);
  return {
    query: s.query,
    variables: {
      [s.filterArg]: { [s.criterion]: { value: [entity.id], modifier: s.modifier } },
      filter: { per_page: POPULATE_PAGE, page, sort: 'id', direction: 'ASC' },
    },
  };
}

/** Loads a hasMany list (`tag.scenes`) through its filter query, a page at a time; pending add/remove apply on top. */
export async function populate(
  client: StashClient,
  entity: Entity,
  field: string,
  options: { identityMap?: IdentityMap | undefined } = {},
): Promise<void> {
  const rel = fieldInfo(entity, field).relation as HasMany;
  const identityMap = options.identityMap ?? new IdentityMap();
  identityMap.add(entity);
  const items: Entity[] = [];
  for (let page = 1; ; page++) {
    const { query, variables } = populateQuery(entity, field, page);
    const document = OPERATIONS[query as keyof typeof OPERATIONS].document as Parameters<StashClient['request']>[0];
    const data = (await client.request(document, variables)) as Record<string, Record<string, unknown>>;
    const result = data[query] as { count?: number } & Record<string, unknown>;
    const got = hydrateMany(entityClass(rel.target) as EntityClass, result?.[rel.resultField], { identityMap });
    items.push(...got);
    if (got.length < POPULATE_PAGE || page * POPULATE_PAGE >= (result?.count ?? 0)) break;
  }
  mergeLoaded(stateOf(entity), field, Object.freeze(items));
}
