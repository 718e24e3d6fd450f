import type { BackendContext } from './BackendContext.js';
import type { BackendServices, SceneApi } from './BackendServices.js';
import { createCrud } from './createCrud.js';
import { EntityStore } from './EntityStore.js';
import { atoi, type Input, parseDates, parseId, parseIds, type UpdateMode } from './inputs.js';
import { byId, byTagSort, type ResolverModule } from './ResolverModule.js';
import { hist, newestFirst, sceneHistoryMutations } from './sceneHistoryMutations.js';
import type { Row } from './Table.js';
import type { LibraryFile } from './VirtualLibrary.js';

interface SceneGroupValue {
  group_id: string;
  scene_index: number | null;
}

/** Scenes: internal/api/resolver_mutation_scene.go, pkg/scene/*.go, resolver_model_scene.go. */
export function createSceneResolvers(
  ctx: BackendContext,
  services: Pick<BackendServices, 'files'>,
): ResolverModule & { api: SceneApi } {
  const { state } = ctx;
  const L = state.links;
  const primaryFile = (id: string) => state.files.get(L.sceneFiles.first(id));

  const store = new EntityStore(ctx, {
    kind: 'scene',
    typeName: 'Scene',
    relations: [
      {
        input: 'studio_id',
        link: 'sceneStudio',
        target: 'studio',
        join: ['scenes', 'id', 'studio_id'],
        single: true,
        label: 'studio id',
      },
      {
        input: 'performer_ids',
        link: 'scenePerformers',
        target: 'performer',
        join: ['performers_scenes', 'scene_id', 'performer_id'],
        label: 'performer ids',
      },
      {
        input: 'tag_ids',
        link: 'sceneTags',
        target: 'tag',
        join: ['scenes_tags', 'scene_id', 'tag_id'],
        label: 'tag ids',
      },
      {
        input: 'gallery_ids',
        link: 'sceneGalleries',
        target: 'gallery',
        join: ['scenes_galleries', 'scene_id', 'gallery_id'],
        label: 'gallery ids',
      },
    ],
    skipColumns: ['captions'],
    defaults: {
      o_history: [],
      play_history: [],
      resume_time: 0,
      play_duration: 0,
      has_cover_image: false,
      captions: null,
    },
    proto: {
      url() {
        return (this.urls as string[])[0] ?? null;
      },
      o_counter() {
        return hist(this, 'o_history').length;
      },
      play_count() {
        return hist(this, 'play_history').length;
      },
      last_played_at() {
        const h = hist(this, 'play_history');
        return h.length ? [...h].sort().at(-1) : null;
      },
      interactive() {
        return primaryFile(this.id)?.interactive === true;
      },
      interactive_speed() {
        return (primaryFile(this.id)?.interactive_speed as number | null | undefined) ?? null;
      },
      files() {
        return ctx.rows('file', L.sceneFiles.get(this.id));
      },
      paths() {
        const base = `${ctx.baseUrl}/scene/${this.id}`;
        const t = Math.floor(Date.parse(this.updated_at) / 1000);
        return {
          screenshot: `${base}/screenshot?t=${t}`,
          preview: `${base}/preview`,
          stream: `${base}/stream`,
          webp: `${base}/webp`,
          vtt: `${base}/vtt/thumbs`,
          sprite: `${base}/vtt/sprite`,
          funscript: `${base}/funscript`,
          interactive_heatmap: `${base}/interactive_heatmap`,
          caption: `${base}/caption`,
        };
      },
      scene_markers() {
        return ctx
          .rows('sceneMarker', L.markerScene.inverse(this.id))
          .sort((a, b) => Number(a.seconds) - Number(b.seconds));
      },
      galleries() {
        return ctx.rows('gallery', L.sceneGalleries.get(this.id));
      },
      studio() {
        return state.studios.get(L.sceneStudio.first(this.id)) ?? null;
      },
      groups() {
        return ctx
          .rows('group', L.sceneGroups.get(this.id))
          .map((g) => ({ group: g, scene_index: state.sceneGroupIndex.get(`${this.id}:${g.id}`) ?? null }));
      },
      movies() {
        return ctx
          .rows('group', L.sceneGroups.get(this.id))
          .map((g) => ({ movie: g, scene_index: state.sceneGroupIndex.get(`${this.id}:${g.id}`) ?? null }));
      },
      tags() {
        return byTagSort(ctx.rows('tag', L.sceneTags.get(this.id)));
      },
      performers() {
        return byId(ctx.rows('performer', L.scenePerformers.get(this.id)));
      },
      sceneStreams() {
        return streamsFor(ctx, this);
      },
    },
  });

  const readGroups = (v: unknown, movies = false): SceneGroupValue[] =>
    ((v as Input[] | null) ?? []).map((g) => ({
      group_id: parseId(movies ? g.movie_id : g.group_id, movies ? 'movies' : 'groups'),
      scene_index: (g.scene_index as number | null | undefined) ?? null,
    }));

  /** Groups from `groups`, falling back to legacy `movies` (resolver: "prefer groups over movies"). */
  function groupChange(i: Input, bulk: boolean, existing: SceneGroupValue[]): SceneGroupValue[] | undefined {
    if (bulk) {
      const b = (i.group_ids ?? i.movie_ids) as { ids?: unknown; mode: UpdateMode } | null | undefined;
      if (!b) return undefined;
      const ids = parseIds(b.ids, 'group ids');
      if (b.mode === 'SET') return ids.map((id) => ({ group_id: id, scene_index: null }));
      if (b.mode === 'ADD')
        return [
          ...existing,
          ...ids
            .filter((id) => !existing.some((e) => e.group_id === id))
            .map((id) => ({ group_id: id, scene_index: null })),
        ];
      return existing.filter((e) => !ids.includes(e.group_id));
    }
    if (Object.hasOwn(i, 'groups') && i.groups !== undefined && (i.groups !== null || !Object.hasOwn(i, 'movies')))
      return readGroups(i.groups);
    if (Object.hasOwn(i, 'movies') && i.movies !== undefined) return readGroups(i.movies, true);
    return undefined;
  }

  const currentGroups = (id: string): SceneGroupValue[] =>
    L.sceneGroups.get(id).map((g) => ({ group_id: g, scene_index: state.sceneGroupIndex.get(`${id}:${g}`) ?? null }));

  function setGroups(id: string, groups: SceneGroupValue[]): void {
    for (const g of L.sceneGroups.get(id)) state.sceneGroupIndex.delete(`${id}:${g}`);
    L.sceneGroups.set(
      id,
      groups.map((g) => g.group_id),
    );
    for (const g of groups) state.sceneGroupIndex.set(`${id}:${g.group_id}`, g.scene_index);
  }

  const checkGroups = (owner: string, groups: SceneGroupValue[]) => {
    for (const g of groups) {
      if (!state.groups.has(g.group_id)) {
        throw new Error(
          `error executing \`INSERT INTO groups_scenes (scene_id, group_id, scene_index) VALUES (?, ?, ?)\` [[${owner} ${g.group_id} ${g.scene_index ?? '<nil>'}]]: FOREIGN KEY constraint failed`,
        );
      }
    }
  };

  function assignFiles(sceneId: string, fileIds: string[]): void {
    for (const f of fileIds) {
      for (const other of [...L.sceneFiles.inverse(f)]) if (other !== sceneId) L.sceneFiles.remove(other, [f]);
    }
    L.sceneFiles.add(sceneId, fileIds);
  }

  const pendingGroups = new Map<string, SceneGroupValue[] | undefined>();

  const crud = createCrud(ctx, store, {
    createInput: 'SceneCreateInput',
    updateInput: 'SceneUpdateInput',
    bulkInput: 'BulkSceneUpdateInput',
    notFound: (id) => `scene with id ${id} not found`,
    // SceneStore.UpdatePartial: performers, tags, galleries, groups
    bulkMissing: ['performer', 'tag', 'gallery', 'group'],
    destroyNotFound: (id) => `scene with id ${id} not found`,
    validateCreate: (i) => {
      const groups = groupChange(i, false, []);
      if (groups) checkGroups(state.scenes.peekId(), groups);
      pendingGroups.set('new', groups);
      return { has_cover_image: i.cover_image != null && i.cover_image !== '' };
    },
    afterCreate: (row) => {
      const g = pendingGroups.get('new');
      pendingGroups.delete('new');
      if (g) setGroups(row.id, g);
    },
    validateUpdate: (row, i, bulk) => {
      parseDates(i); // the resolver converts the date before the scene service checks the title
      if (
        !bulk &&
        Object.hasOwn(i, 'title') &&
        (i.title == null || String(i.title).trim() === '') &&
        L.sceneFiles.get(row.id).length === 0
      ) {
        throw new Error('title must be set if scene has no files');
      }
      if (!bulk && i.primary_file_id != null) {
        const f = parseId(i.primary_file_id, 'primary file id');
        if (!L.sceneFiles.get(row.id).includes(f)) throw new Error(`file with id ${f} not associated with scene`);
      }
      const groups = groupChange(i, bulk, currentGroups(row.id));
      if (groups) checkGroups(row.id, groups);
      pendingGroups.set(row.id, groups);
    },
    afterUpdate: (row, i, bulk) => {
      const g = pendingGroups.get(row.id);
      pendingGroups.delete(row.id);
      if (g) setGroups(row.id, g);
      if (!bulk && i.primary_file_id != null) {
        const f = String(Number(i.primary_file_id));
        L.sceneFiles.set(row.id, [f, ...L.sceneFiles.get(row.id).filter((x) => x !== f)]);
      }
    },
  });

  function sceneCreate({ input }: Record<string, unknown>): Row {
    const i = input as Input;
    const fileIds = parseIds(i.file_ids, 'file ids');
    parseDates(i); // resolver_mutation_scene.go converts the date right after the file ids
    const title = i.title == null ? '' : String(i.title).trim();
    if (fileIds.length === 0 && title === '') throw new Error('title must be set if scene has no files');
    for (const f of fileIds) {
      if (!state.files.has(f)) throw new Error(`assigning file ${f} to new scene: FOREIGN KEY constraint failed`);
    }
    store.relationChanges(i, false, true); // id parse errors come from the resolver, unwrapped (before "creating new scene")
    let row: Row;
    try {
      row = crud.createRaw(i);
    } catch (e) {
      throw new Error(`creating new scene: ${(e as Error).message}`);
    }
    assignFiles(row.id, fileIds);
    return row;
  }

  const requireScene = (id: string): Row => {
    const s = state.scenes.get(id);
    if (!s) throw new Error(`scene with id ${id} not found`);
    return s;
  };

  function sceneMerge({ input }: Record<string, unknown>): Row {
    const i = input as Input;
    const source = parseIds(i.source, 'source ids');
    const destination = parseId(i.destination, 'destination id');
    if (source.includes(destination)) throw new Error('destination scene cannot be in source list');
    const dest = requireScene(destination);
    for (const s of source) requireScene(s);
    const values = i.values as Input | null | undefined;
    if (values) crud.updateRaw(destination, { ...values, id: destination });
    for (const s of source) {
      const src = state.scenes.get(s) as Row;
      assignFiles(destination, [...L.sceneFiles.get(s)]);
      if (i.play_history === true)
        dest.play_history = newestFirst([...hist(dest, 'play_history'), ...hist(src, 'play_history')]);
      if (i.o_history === true) dest.o_history = newestFirst([...hist(dest, 'o_history'), ...hist(src, 'o_history')]);
      for (const m of [...L.markerScene.inverse(s)]) L.markerScene.set(m, [destination]);
      state.destroyRow('scene', s);
    }
    dest.updated_at = ctx.now();
    return dest;
  }

  return {
    api: {
      seed: (input) => {
        // seed-only helper: create library files, then the scene through sceneCreate
        const i = { ...input };
        const files = (i.files as LibraryFile[] | undefined) ?? [];
        delete i.files;
        const fileIds = files.map((f) => services.files.ensureFile(f).id);
        return sceneCreate({ input: { ...i, file_ids: [...parseIds(i.file_ids), ...fileIds] } });
      },
    },
    stores: { scene: store },
    query: {
      findScene: ({ id, checksum }) => {
        if (id != null) return state.scenes.get(atoi(id)) ?? null;
        if (checksum != null) return scenesByFingerprint('md5', String(checksum))[0] ?? null;
        return null;
      },
      findSceneByHash: ({ input }) => {
        const i = input as Input;
        let s: Row | undefined;
        if (i.checksum != null) s = scenesByFingerprint('md5', String(i.checksum))[0];
        if (!s && i.oshash != null) s = scenesByFingerprint('oshash', String(i.oshash))[0];
        return s ?? null;
      },
      allScenes: () => [...state.scenes.values()],
      sceneStreams: ({ id }) => {
        const s = id == null ? undefined : state.scenes.get(parseId(id));
        if (!s) throw new Error('scene not found');
        return streamsFor(ctx, s);
      },
    },
    mutation: {
      sceneCreate,
      sceneUpdate: crud.update,
      scenesUpdate: crud.updateMany,
      bulkSceneUpdate: crud.bulk,
      sceneDestroy: crud.destroy,
      scenesDestroy: ({ input }) => crud.destroyMany((input as Input).ids),
      sceneMerge,
      ...sceneHistoryMutations(ctx, requireScene),
      sceneAssignFile: ({ input }) => {
        const i = input as Input;
        const sceneId = parseId(i.scene_id, 'scene id');
        const fileId = parseId(i.file_id, 'file id');
        requireScene(sceneId);
        if (!state.files.has(fileId)) throw new Error(`assigning file to scene: file with id ${fileId} not found`);
        assignFiles(sceneId, [fileId]);
        return true;
      },
      sceneGenerateScreenshot: ({ id }) => {
        requireScene(parseId(id));
        return 'todo';
      },
    },
  };

  function scenesByFingerprint(type: string, value: string): Row[] {
    const out: Row[] = [];
    for (const f of state.filesByFingerprint(type, value)) {
      for (const s of L.sceneFiles.inverse(f)) {
        const row = state.scenes.get(s);
        if (row) out.push(row);
      }
    }
    return out;
  }
}

function streamsFor(ctx: BackendContext, s: Row) {
  const base = `${ctx.baseUrl}/scene/${s.id}/stream`;
  return [
    { url: base, mime_type: 'video/mp4', label: 'Direct stream' },
    { url: `${base}.mp4?resolution=ORIGINAL`, mime_type: 'video/mp4', label: 'MP4' },
    { url: `${base}.webm?resolution=ORIGINAL`, mime_type: 'video/webm', label: 'WEBM' },
    { url: `${base}.m3u8?resolution=ORIGINAL`, mime_type: 'application/vnd.apple.mpegurl', label: 'HLS' },
  ];
}
