import type { BackendContext } from './BackendContext.js';
import { EntityStore } from './EntityStore.js';
import { type Input, parseId, parseIds, type UpdateMode } from './inputs.js';
import { byTagSort, type ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';

/** Go's %f: six decimals. */
const f6 = (n: number) => n.toFixed(6);

/** Scene markers: internal/api/resolver_mutation_scene.go (SceneMarker*), resolver_model_scene_marker.go. */
export function createSceneMarkerResolvers(ctx: BackendContext): ResolverModule {
  const { state } = ctx;
  const L = state.links;

  const store = new EntityStore(ctx, {
    kind: 'sceneMarker',
    typeName: 'SceneMarker',
    relations: [],
    proto: {
      scene() {
        return state.scenes.get(L.markerScene.first(this.id));
      },
      primary_tag() {
        return state.tags.get(L.markerPrimaryTag.first(this.id));
      },
      tags() {
        return byTagSort(ctx.rows('tag', L.markerTags.get(this.id)));
      },
      stream() {
        return `${ctx.baseUrl}/scene/${L.markerScene.first(this.id)}/scene_marker/${this.id}/stream`;
      },
      preview() {
        return `${ctx.baseUrl}/scene/${L.markerScene.first(this.id)}/scene_marker/${this.id}/preview`;
      },
      screenshot() {
        return `${ctx.baseUrl}/scene/${L.markerScene.first(this.id)}/scene_marker/${this.id}/screenshot`;
      },
    },
  });

  const validateEnd = (seconds: number, end: number | null | undefined) => {
    if (end != null && end < seconds) {
      throw new Error(`end_seconds (${f6(end)}) must be greater than or equal to seconds (${f6(seconds)})`);
    }
  };
  const fk = (table: string, owner: string, id: string) =>
    new Error(`error executing \`INSERT INTO ${table}\` [[${owner} ${id}]]: FOREIGN KEY constraint failed`);
  const checkTags = (owner: string, ids: string[]) => {
    for (const t of ids) if (!state.tags.has(t)) throw fk('scene_markers_tags', owner, t);
  };

  function create(i: Input): Row {
    const sceneId = parseId(i.scene_id, 'scene id');
    const primary = parseId(i.primary_tag_id, 'primary tag id');
    validateEnd(Number(i.seconds), i.end_seconds as number | null | undefined);
    const tagIds = parseIds(i.tag_ids, 'tag ids').filter((t) => t !== primary);
    const owner = state.tables.sceneMarker.peekId();
    if (!state.scenes.has(sceneId)) throw fk('scene_markers', owner, sceneId);
    if (!state.tags.has(primary)) throw fk('scene_markers', owner, primary);
    checkTags(owner, tagIds);
    const row = store.create({ ...i, title: String(i.title ?? '').trim() }, 'SceneMarkerCreateInput');
    L.markerScene.set(row.id, [sceneId]);
    L.markerPrimaryTag.set(row.id, [primary]);
    L.markerTags.set(row.id, tagIds);
    return row;
  }

  function prepare(id: string, i: Input, bulk: boolean): () => Row {
    const row = state.tables.sceneMarker.get(id);
    if (!row) throw new Error(`scene marker with id ${id} not found`);
    const sceneId = !bulk && i.scene_id != null ? parseId(i.scene_id, 'scene id') : (L.markerScene.first(id) as string);
    if (!state.scenes.has(sceneId)) throw new Error(`scene with id ${sceneId} not found`);
    const primary =
      i.primary_tag_id != null ? parseId(i.primary_tag_id, 'primary tag id') : (L.markerPrimaryTag.first(id) as string);
    if (!state.tags.has(primary)) throw fk('scene_markers', id, primary);
    const seconds = !bulk && i.seconds != null ? Number(i.seconds) : Number(row.seconds);
    const end =
      !bulk && Object.hasOwn(i, 'end_seconds') && i.end_seconds !== undefined
        ? (i.end_seconds as number | null)
        : (row.end_seconds as number | null);
    validateEnd(seconds, end);
    let tags: string[] | undefined;
    if (Object.hasOwn(i, 'tag_ids') && i.tag_ids !== undefined) {
      if (bulk) {
        const b = i.tag_ids as { ids?: unknown; mode: UpdateMode } | null;
        if (b) {
          const ids = parseIds(b.ids, 'tag ids');
          const cur = L.markerTags.get(id);
          tags = b.mode === 'SET' ? ids : b.mode === 'ADD' ? [...cur, ...ids] : cur.filter((t) => !ids.includes(t));
        }
      } else tags = parseIds(i.tag_ids, 'tag ids');
    }
    if (tags) {
      tags = tags.filter((t) => t !== primary);
      checkTags(id, tags);
    }
    return () => {
      const patch = { ...i };
      if (typeof patch.title === 'string') patch.title = patch.title.trim();
      store.update(row, patch, bulk ? 'BulkSceneMarkerUpdateInput' : 'SceneMarkerUpdateInput', { changes: [] });
      L.markerScene.set(id, [sceneId]);
      L.markerPrimaryTag.set(id, [primary]);
      if (tags) L.markerTags.set(id, tags);
      return row;
    };
  }

  const destroyCheck = (id: string) => {
    if (!state.tables.sceneMarker.has(id)) throw new Error(`scene marker with id ${id} not found`);
  };

  return {
    stores: { sceneMarker: store },
    query: {
      allSceneMarkers: () => [...state.tables.sceneMarker.values()],
    },
    mutation: {
      sceneMarkerCreate: ({ input }) => create(input as Input),
      sceneMarkerUpdate: ({ input }) => {
        const i = input as Input;
        return prepare(parseId(i.id), i, false)();
      },
      bulkSceneMarkerUpdate: ({ input }) => {
        const i = input as Input;
        const writes = parseIds(i.ids).map((id) => prepare(id, i, true));
        return writes.map((w) => w());
      },
      sceneMarkerDestroy: ({ id }) => {
        const mid = parseId(id);
        destroyCheck(mid);
        store.destroy(mid);
        return true;
      },
      sceneMarkersDestroy: ({ ids }) => {
        const list = parseIds(ids);
        for (const id of list) destroyCheck(id);
        for (const id of list) store.destroy(id);
        return true;
      },
    },
  };
}
