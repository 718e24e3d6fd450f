import { type StashCapabilities, type StashClient, StashError } from '@stash-graphql/core';
import { ENTITY_META } from '@stash-graphql/core/generated';
import { type Entity, type EntityClass, hydrateMany, type IdentityMap } from '@stash-graphql/orm';
import { compileFilter } from './compileFilter.js';
import type { Freshness } from './Freshness.js';
import { StashStoreError } from './StashStoreError.js';
import {
  addPaths,
  aliasedDocument,
  cachedDocument,
  defaultSelection,
  queryDocument,
  type Selection,
  selectionKey,
  withArguments,
} from './selection.js';
import type { Filters } from './types/storeTypes.js';

type Inst<C extends EntityClass> = InstanceType<C>;

export const PAGE = 1000;
const IDS_PER_REQUEST = 5000;
/** Stash's find-by-ids error for a missing id (`pkg/sqlite` FindMany): the whole query fails. */
const NOT_FOUND = /with id (\S+) not found/;

/** What the reader works on: the store's client, identity map and freshness stamps; `onHydrate` hears every read. */
export interface EntityReaderDeps {
  readonly client: StashClient;
  readonly map: IdentityMap;
  readonly freshness: Freshness;
  onHydrate(cls: EntityClass, entities: readonly Entity[]): void;
}

/**
 * The store's reads at the request level: builds (and caches) the find documents, reads by ids (with the fallback
 * for missing ids), pages through a filter, and hydrates every answer into the identity map with fresh stamps.
 */
export class EntityReader {
  readonly #client: StashClient;
  readonly #map: IdentityMap;
  readonly #freshness: Freshness;
  readonly #onHydrate: EntityReaderDeps['onHydrate'];

  constructor(deps: EntityReaderDeps) {
    this.#client = deps.client;
    this.#map = deps.map;
    this.#freshness = deps.freshness;
    this.#onHydrate = deps.onHydrate;
  }

  /** The type's find query (`findTags`), or a typed error naming the types that have one. */
  find(cls: EntityClass) {
    const find = ENTITY_META[cls.typename].find;
    if (!find?.resultField) {
      throw new StashStoreError('unsupported', `${cls.typename} has no find query`, findableTypes());
    }
    return find as typeof find & { resultField: string };
  }

  async query(
    cls: EntityClass,
    vars: {
      filter?: Record<string, unknown> | undefined;
      ids?: readonly string[] | undefined;
      page?: Record<string, unknown> | undefined;
    },
    sel: Selection | null,
    withCount = true,
  ): Promise<{ count: number; items: unknown[] }> {
    const caps = await this.#client.capabilities();
    const find = this.find(cls);
    const args: { name: string; type: string }[] = [];
    const variables: Record<string, unknown> = {};
    if (vars.filter) {
      args.push({ name: find.filterArg, type: find.filterType });
      variables[find.filterArg] = vars.filter;
    }
    if (vars.ids) {
      if (!queryHasArg(caps, find.query, 'ids')) {
        throw new StashStoreError('unsupported', `${find.query} on this Stash (${caps.version}) cannot read by ids`);
      }
      args.push({ name: 'ids', type: '[ID!]' });
      variables.ids = vars.ids;
    }
    if (vars.page) {
      args.push({ name: 'filter', type: 'FindFilterType' });
      variables.filter = vars.page;
    }
    // Stash runs the filter a second time (a COUNT) only when `count` is selected: callers that page until a short
    // page leave it out (the count is then NaN).
    const root: Selection = withCount ? new Map([['count', new Map()]]) : new Map();
    if (sel) root.set(find.resultField, sel);
    const key = `${find.query}(${args.map((a) => `${a.name}:${a.type}`).join(',')}){${selectionKey(root)}}`;
    const doc = cachedDocument(key, () =>
      withArguments(
        queryDocument(`Store${find.query[0]?.toUpperCase()}${find.query.slice(1)}`, find.query, args, root),
        args.map((a) => a.name),
      ),
    );
    const { data, error } = await this.#client.execute(doc as Parameters<StashClient['execute']>[0], variables);
    if (error) throw error;
    const out = (data as Record<string, { count: number } & Record<string, unknown[]>>)[find.query];
    return {
      count: withCount ? (out?.count ?? 0) : Number.NaN,
      items: (out?.[find.resultField] as unknown[] | undefined) ?? [],
    };
  }

  /**
   * Hydrates an answer into the identity map and stamps it fresh. `weak`: a streamed page, held only by the map's weak
   * tier (and the caller), not kept alive for its TTL (see Freshness).
   */
  hydrate<C extends EntityClass>(cls: C, items: unknown[], full: boolean, weak = false): Inst<C>[] {
    const entities = hydrateMany(cls, items, { identityMap: this.#map });
    this.#onHydrate(cls, entities);
    this.#freshness.touch(entities, full, !weak);
    return entities;
  }

  /** The default selection plus `fields`, or (`only`) just the id and `fields`. */
  async selection(cls: EntityClass, fields?: readonly string[], only = false): Promise<Selection> {
    const caps = await this.#client.capabilities();
    const sel: Selection = only && fields?.length ? new Map([['id', new Map()]]) : defaultSelection(caps, cls.typename);
    if (fields?.length) addPaths(caps, cls.typename, sel, fields);
    return sel;
  }

  async fetchIds<C extends EntityClass>(cls: C, ids: readonly string[], sel: Selection, full: boolean) {
    const out: Inst<C>[] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
      const chunk = ids.slice(i, i + IDS_PER_REQUEST);
      let items: unknown[];
      try {
        ({ items } = await this.query(cls, { ids: chunk }, sel));
      } catch (e) {
        // Stash's find-by-ids fails as a whole when one id does not exist ("tag with id 9 not found").
        if (!(e instanceof StashError) || !NOT_FOUND.test(e.message)) throw e;
        items = await this.#fetchEach(cls, chunk, sel, e);
      }
      out.push(...this.hydrate(cls, items, full));
    }
    return out;
  }

  /**
   * The fallback when some ids are missing: one request with an aliased single-entity find per id (`findTag(id:)`
   * answers null for a missing id); where the server has no such query, the ids it reports missing are dropped one
   * by one.
   */
  async #fetchEach(cls: EntityClass, ids: readonly string[], sel: Selection, first: StashError): Promise<unknown[]> {
    const caps = await this.#client.capabilities();
    const single = caps.fields('Query')?.get(`find${cls.typename}`);
    const idArg = single?.args.find((a) => a.name === 'id');
    if (single && idArg && single.type === cls.typename) {
      const doc = cachedDocument(`each ${single.name}(id:${idArg.type})*${ids.length}{${selectionKey(sel)}}`, () =>
        aliasedDocument(`StoreFind${cls.typename}Each`, single.name, idArg.type, ids.length, sel),
      );
      const variables = Object.fromEntries(ids.map((id, n) => [`id${n}`, id]));
      const { data, error } = await this.#client.execute(doc as Parameters<StashClient['execute']>[0], variables);
      if (error && !data) throw error;
      return Object.values((data ?? {}) as Record<string, unknown>).filter((x) => x != null);
    }
    let left = [...ids];
    let error: StashError = first;
    while (left.length) {
      const missing = NOT_FOUND.exec(error.message)?.[1];
      const next = left.filter((id) => id !== missing);
      if (next.length === left.length) throw error;
      left = next;
      if (!left.length) return [];
      try {
        return (await this.query(cls, { ids: left }, sel)).items;
      } catch (e) {
        if (!(e instanceof StashError) || !NOT_FOUND.test(e.message)) throw e;
        error = e;
      }
    }
    return [];
  }

  async filterOf(
    cls: EntityClass,
    filters: Filters,
  ): Promise<{ caps: StashCapabilities; filter: Record<string, unknown> }> {
    const caps = await this.#client.capabilities();
    return { caps, filter: compileFilter(caps, this.find(cls).filterType, filters) };
  }

  async *pages<C extends EntityClass>(
    cls: C,
    filter: Record<string, unknown>,
    pageSize: number,
    sel: Selection,
    weak: boolean,
  ): AsyncGenerator<Inst<C>[]> {
    const caps = await this.#client.capabilities();
    const idCriterion = caps.fields(this.find(cls).filterType)?.get('id')?.type === 'IntCriterionInput';
    const page = { sort: 'id', direction: 'ASC', per_page: pageSize };
    if (idCriterion) {
      // Keyset paging: each page starts after the last id seen, so inserts and deletes never shift a page.
      let after: number | null = null;
      for (;;) {
        const f: Record<string, unknown> = after === null ? filter : andId(filter, after);
        const { entities, size, count }: { entities: Inst<C>[]; size: number; count: number } = await this.page(
          cls,
          f,
          { ...page, page: 1 },
          sel,
          weak,
        );
        if (!entities.length) return;
        after = Number((entities.at(-1) as Entity).id);
        yield entities;
        // `count` is what matched after the last id: when this page held all of it, there is no next page.
        if (size < pageSize || size >= count) return;
      }
    }
    // Offset paging by id where the filter has no id criterion: ids already yielded are skipped.
    const seen = new Set<string>();
    for (let n = 1; ; n++) {
      const { entities, size, count } = await this.page(cls, filter, { ...page, page: n }, sel, weak);
      const fresh = entities.filter((e) => !seen.has(e.id));
      for (const e of fresh) seen.add(e.id);
      if (fresh.length) yield fresh;
      if (size < pageSize || n * pageSize >= count) return;
    }
  }

  /** One page, hydrated; the raw answer is dropped here so that a paused iterator holds only entities. */
  async page<C extends EntityClass>(
    cls: C,
    filter: Record<string, unknown>,
    page: Record<string, unknown>,
    sel: Selection,
    weak: boolean,
  ): Promise<{ entities: Inst<C>[]; size: number; count: number }> {
    const { items, count } = await this.query(cls, { filter, page }, sel);
    return { entities: this.hydrate(cls, items, true, weak), size: items.length, count };
  }
}

function andId(filter: Record<string, unknown>, after: number): Record<string, unknown> {
  const id = { value: after, modifier: 'GREATER_THAN' };
  if (!('id' in filter) && !filter.AND && !filter.OR && !filter.NOT) return { ...filter, id };
  return { id, AND: filter };
}

export function queryHasArg(caps: StashCapabilities, query: string, arg: string): boolean {
  return !!caps
    .fields('Query')
    ?.get(query)
    ?.args.some((a) => a.name === arg);
}

function findableTypes(): string[] {
  return Object.values(ENTITY_META)
    .filter((m) => m.find?.resultField)
    .map((m) => m.typename);
}
