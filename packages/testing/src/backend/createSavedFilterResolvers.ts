import type { BackendContext } from './BackendContext.js';
import { EntityStore } from './EntityStore.js';
import { atoi, type Input, parseId } from './inputs.js';
import type { ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';

/** Saved filters: internal/api/resolver_mutation_saved_filter.go, resolver_model_saved_filter.go. */
export function createSavedFilterResolvers(ctx: BackendContext): ResolverModule {
  const { state } = ctx;
  const table = state.tables.savedFilter;

  const store = new EntityStore(ctx, {
    kind: 'savedFilter',
    typeName: 'SavedFilter',
    relations: [],
    proto: {
      // deprecated `filter: String!` is the JSON of the old combined filter
      filter() {
        return JSON.stringify({ ...(this.find_filter as object | null), c: [], object_filter: this.object_filter });
      },
    },
  });

  const fields = (i: Input) => ({
    mode: i.mode,
    name: String(i.name ?? '').trim(),
    find_filter: i.find_filter ?? null,
    object_filter: i.object_filter ?? null,
    ui_options: i.ui_options ?? null,
  });

  return {
    stores: { savedFilter: store },
    query: {
      findSavedFilter: ({ id }) => table.get(atoi(id)) ?? null,
      findSavedFilters: ({ mode }) => [...table.values()].filter((f) => mode == null || f.mode === mode),
      findDefaultFilter: ({ mode }) => state.defaultFilters.get(String(mode)) ?? null,
    },
    mutation: {
      saveFilter: ({ input }) => {
        const i = input as Input;
        if (String(i.name ?? '').trim() === '') throw new Error('name must be non-empty');
        if (i.id != null) {
          const id = parseId(i.id);
          const row = table.get(id);
          if (!row) throw new Error(`saved filter with id ${id} not found`);
          Object.assign(row, fields(i), { updated_at: ctx.now() });
          return row;
        }
        const now = ctx.now();
        return table.insert({ ...fields(i), created_at: now, updated_at: now } as Omit<Row, 'id'>);
      },
      destroySavedFilter: ({ input }) => {
        const id = parseId((input as Input).id);
        if (!table.has(id)) throw new Error(`id ${id} does not exist in saved_filters`);
        store.destroy(id);
        return true;
      },
      setDefaultFilter: ({ input }) => {
        const i = input as Input;
        const mode = String(i.mode);
        if (i.find_filter == null && i.object_filter == null && i.ui_options == null) state.defaultFilters.delete(mode);
        else state.defaultFilters.set(mode, { id: '0', ...fields({ ...i, name: '' }), filter: '' });
        return true;
      },
    },
  };
}
