import type { BackendContext } from './BackendContext.js';
import { createFindSpecs } from './createFindSpecs.js';
import { phashDistance } from './criteria.js';
import type { EntityKind } from './FakeStashState.js';
import { FindEngine, type FindFilter, type FindResult } from './FindEngine.js';
import { parseId, parseIds } from './inputs.js';
import type { ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';

/** The find* queries: internal/api/resolver_query_find_*.go over FindEngine. */
export function createFindResolvers(ctx: BackendContext): ResolverModule & { engine: FindEngine } {
  const { state } = ctx;
  const L = state.links;
  const engine = new FindEngine(ctx);
  for (const s of createFindSpecs(ctx)) engine.register(s);

  const idList = (args: Record<string, unknown>, legacy?: string): string[] | null => {
    if (Array.isArray(args.ids) && args.ids.length > 0) return parseIds(args.ids, 'ids');
    if (legacy && Array.isArray(args[legacy]) && (args[legacy] as unknown[]).length > 0)
      return (args[legacy] as number[]).map(String);
    return null;
  };

  const run = (kind: EntityKind, filterArg: string, args: Record<string, unknown>, legacy?: string): FindResult =>
    engine.find(
      kind,
      args[filterArg] as Record<string, unknown> | null,
      args.filter as FindFilter | null,
      idList(args, legacy),
    );

  const primary = (link: 'sceneFiles' | 'imageFiles', r: Row) => state.files.get(L[link].first(r.id));
  const sum = (rows: Row[], f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);

  const scenesResult = (r: FindResult) => ({
    count: r.count,
    scenes: r.items,
    duration: () => sum(r.all, (s) => Number(primary('sceneFiles', s)?.duration ?? 0)),
    filesize: () => sum(r.all, (s) => Number(primary('sceneFiles', s)?.size ?? 0)),
  });

  const simple =
    (kind: EntityKind, filterArg: string, key: string, legacy?: string) => (args: Record<string, unknown>) => {
      const r = run(kind, filterArg, args, legacy);
      return { count: r.count, [key]: r.items };
    };

  return {
    engine,
    query: {
      findScenes: (args) => scenesResult(run('scene', 'scene_filter', args, 'scene_ids')),
      findScenesByPathRegex: (args) => {
        const ff = { ...((args.filter as FindFilter | null) ?? {}) };
        const q = ff.q;
        ff.q = null;
        const filter = q != null ? { path: { value: `(?i)${q}`, modifier: 'MATCHES_REGEX' } } : null;
        return scenesResult(engine.find('scene', filter, ff, null));
      },
      findImages: (args) => {
        const r = run('image', 'image_filter', args, 'image_ids');
        return {
          count: r.count,
          images: r.items,
          megapixels: () =>
            sum(
              r.all,
              (i) =>
                (Number(primary('imageFiles', i)?.width ?? 0) * Number(primary('imageFiles', i)?.height ?? 0)) / 1e6,
            ),
          filesize: () => sum(r.all, (i) => Number(primary('imageFiles', i)?.size ?? 0)),
        };
      },
      findGalleries: simple('gallery', 'gallery_filter', 'galleries'),
      findPerformers: simple('performer', 'performer_filter', 'performers', 'performer_ids'),
      findStudios: simple('studio', 'studio_filter', 'studios'),
      findTags: simple('tag', 'tag_filter', 'tags'),
      findGroups: simple('group', 'group_filter', 'groups'),
      findMovies: simple('group', 'movie_filter', 'movies'),
      findSceneMarkers: simple('sceneMarker', 'scene_marker_filter', 'scene_markers'),
      findFiles: (args) => {
        const r = run('file', 'file_filter', args);
        return {
          count: r.count,
          files: r.items,
          megapixels: () => sum(r.all, (f) => (Number(f.width ?? 0) * Number(f.height ?? 0)) / 1e6),
          duration: () => sum(r.all, (f) => Number(f.duration ?? 0)),
          size: () => sum(r.all, (f) => Number(f.size ?? 0)),
        };
      },
      findFolders: simple('folder', 'folder_filter', 'folders'),
      findDuplicateScenes: ({ distance }) => {
        // groups of scenes whose phashes are within `distance` (pkg/sqlite/scene.go FindDuplicates)
        const d = Number(distance ?? 0);
        const withPhash = [...state.scenes.values()]
          .map((s) => ({
            s,
            p: (primary('sceneFiles', s)?.fingerprints as { type: string; value: string }[] | undefined)?.find(
              (f) => f.type === 'phash',
            )?.value,
          }))
          .filter((x): x is { s: Row; p: string } => x.p != null);
        const used = new Set<string>();
        const groups: Row[][] = [];
        for (const a of withPhash) {
          if (used.has(a.s.id)) continue;
          const g = withPhash.filter((b) => !used.has(b.s.id) && phashDistance(a.p, b.p) <= d);
          if (g.length > 1) {
            for (const x of g) used.add(x.s.id);
            groups.push(g.map((x) => x.s));
          }
        }
        return groups;
      },
      sceneMarkerTags: ({ scene_id }) => {
        const sid = parseId(scene_id, 'scene id');
        const byTag = new Map<string, Row[]>();
        for (const m of ctx.rows('sceneMarker', L.markerScene.inverse(sid))) {
          const t = L.markerPrimaryTag.first(m.id) as string;
          byTag.set(t, [...(byTag.get(t) ?? []), m]);
        }
        return [...byTag].map(([t, markers]) => ({
          tag: state.tags.get(t),
          scene_markers: markers.sort((a, b) => Number(a.seconds) - Number(b.seconds)),
        }));
      },
      markerStrings: ({ q, sort }) => {
        const counts = new Map<string, number>();
        for (const m of state.tables.sceneMarker.values()) {
          const t = String(m.title);
          if (q && !t.toLowerCase().includes(String(q).toLowerCase())) continue;
          counts.set(t, (counts.get(t) ?? 0) + 1);
        }
        const out = [...counts].map(([title, count], i) => ({ id: String(i + 1), title, count }));
        return sort === 'count'
          ? out.sort((a, b) => b.count - a.count)
          : out.sort((a, b) => a.title.localeCompare(b.title));
      },
      sceneWall: ({ q }) => engine.find('scene', null, { q: q as string | null, per_page: 80, sort: 'random' }).items,
      markerWall: ({ q }) =>
        engine.find('sceneMarker', null, { q: q as string | null, per_page: 80, sort: 'random' }).items,
      stats: () => {
        const scenes = [...state.scenes.values()];
        const images = [...state.images.values()];
        return {
          scene_count: scenes.length,
          scenes_size: sum(scenes, (s) => Number(primary('sceneFiles', s)?.size ?? 0)),
          scenes_duration: sum(scenes, (s) => Number(primary('sceneFiles', s)?.duration ?? 0)),
          image_count: images.length,
          images_size: sum(images, (i) => Number(primary('imageFiles', i)?.size ?? 0)),
          gallery_count: state.galleries.size,
          performer_count: state.performers.size,
          studio_count: state.studios.size,
          group_count: state.groups.size,
          movie_count: state.groups.size,
          tag_count: state.tags.size,
          total_o_count:
            sum(scenes, (s) => (s.o_history as unknown[]).length) + sum(images, (i) => Number(i.o_counter ?? 0)),
          total_play_duration: sum(scenes, (s) => Number(s.play_duration ?? 0)),
          total_play_count: sum(scenes, (s) => (s.play_history as unknown[]).length),
          scenes_played: scenes.filter((s) => (s.play_history as unknown[]).length > 0).length,
        };
      },
    },
  };
}
