import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core';
import type { BackendContext } from './BackendContext.js';
import { type Modifier, matchNumber, phashDistance } from './criteria.js';
import type { FindSpec } from './FindEngine.js';
import type { Row } from './Table.js';
import { normalizePath } from './VirtualLibrary.js';

/**
 * Per-entity filter/sort tables. Fields not listed fall back to the row column of
 * the same name (title, rating100, organized, ...). Sort allow-lists are copied
 * from the `*SortOptions` variables in pkg/sqlite/<entity>.go.
 */
export function createFindSpecs(ctx: BackendContext): FindSpec[] {
  const { state } = ctx;
  const L = state.links;
  const tagChildren = (id: string) => L.tagParents.inverse(id);
  const studioChildren = (id: string) => L.studioParent.inverse(id);
  const groupChildren = (id: string) => L.groupSubGroups.get(id);
  const files = (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles', id: string) => ctx.rows('file', L[link].get(id));
  const paths = (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles') => (r: Row) =>
    files(link, r.id).map((f) => f.path as string);
  const fingerprints = (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles', type: string) => (r: Row) =>
    files(link, r.id).flatMap((f) =>
      (f.fingerprints as { type: string; value: string }[]).filter((x) => x.type === type).map((x) => x.value),
    );
  const primary = (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles', r: Row) => state.files.get(L[link].first(r.id));
  const name = (r: Row) => r.name;
  // COALESCE(sort_name, name): a blank sort_name is NULL in the database (EntityStore GO_STRING_COLUMNS)
  const sortName = (r: Row) => (r.sort_name as string | null) || r.name;
  const scenesOfPerformer = (id: string) => L.scenePerformers.inverse(id);
  const performerTagsOf = (link: 'scenePerformers' | 'imagePerformers' | 'galleryPerformers') => (r: Row) => {
    const s = new Set<string>();
    for (const p of L[link].get(r.id)) for (const t of L.performerTags.get(p)) s.add(t);
    return [...s];
  };
  const favoritePerformer =
    (link: 'scenePerformers' | 'imagePerformers' | 'galleryPerformers') => (v: unknown, r: Row) => {
      const any = L[link].get(r.id).some((p) => state.performers.get(p)?.favorite === true);
      return any === v;
    };
  const age = (birth: unknown, at: unknown) => {
    if (typeof birth !== 'string' || typeof at !== 'string' || !birth || !at) return null;
    const b = new Date(birth);
    const d = new Date(at);
    let y = d.getUTCFullYear() - b.getUTCFullYear();
    if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate()))
      y--;
    return y;
  };
  const performerAge = (link: 'scenePerformers' | 'imagePerformers' | 'galleryPerformers') => (c: unknown, r: Row) =>
    L[link]
      .get(r.id)
      .some((p) =>
        matchNumber(c as { value: number; modifier: Modifier }, age(state.performers.get(p)?.birthdate, r.date)),
      );
  const resolution = (link: 'sceneFiles' | 'imageFiles') => (c: unknown, r: Row) => {
    const f = primary(link, r);
    if (!f) return false;
    const { value, modifier } = c as { value: string; modifier: Modifier };
    const [lo, hi] = RESOLUTIONS[value] ?? [0, Number.MAX_SAFE_INTEGER];
    const m = Math.min(Number(f.width), Number(f.height));
    if (modifier === 'EQUALS') return m >= lo && m <= hi;
    if (modifier === 'NOT_EQUALS') return m < lo || m > hi;
    if (modifier === 'LESS_THAN') return m < lo;
    if (modifier === 'GREATER_THAN') return m > hi;
    return true;
  };
  const orientation = (link: 'sceneFiles' | 'imageFiles') => (c: unknown, r: Row) => {
    const f = primary(link, r);
    const vals = (c as { value: string[] }).value ?? [];
    if (!f || vals.length === 0) return vals.length === 0;
    const w = Number(f.width);
    const h = Number(f.height);
    return vals.some((v) => (v === 'PORTRAIT' ? w < h : v === 'LANDSCAPE' ? w > h : w === h));
  };
  const isMissing = (checks: Record<string, (r: Row) => boolean>) => (v: unknown, r: Row) => {
    const k = String(v);
    if (k === '') return true;
    const fn = checks[k];
    if (fn) return fn(r);
    const x = r[k];
    return x == null || (typeof x === 'string' && x.trim() === '') || (Array.isArray(x) && x.length === 0);
  };
  const countOf = (fn: (r: Row) => number) => fn;
  const byPathCandidates =
    (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles', kind: 'scene' | 'image' | 'gallery') =>
    (filter: Record<string, unknown>) => {
      if (filter.OR || filter.NOT) return null;
      const path = filter.path as { value: string; modifier: string } | undefined;
      if (path?.modifier === 'EQUALS' && !/[%_]/.test(path.value)) {
        const f = state.index.filePath.get(normalizePath(path.value));
        return f ? ctx.rows(kind, L[link].inverse(f)) : [];
      }
      for (const [field, type] of [
        ['checksum', 'md5'],
        ['oshash', 'oshash'],
      ] as const) {
        const c = filter[field] as { value: string; modifier: string } | undefined;
        if (c?.modifier === 'EQUALS' && !/[%_]/.test(c.value)) {
          const ids = new Set<string>();
          for (const f of state.filesByFingerprint(type, c.value)) for (const s of L[link].inverse(f)) ids.add(s);
          return ctx.rows(kind, ids);
        }
      }
      const id = filter.id as { value: number; modifier: string } | undefined;
      if (id?.modifier === 'EQUALS') return ctx.rows(kind, [String(id.value)]);
      return null;
    };
  const byNameCandidates =
    (kind: 'tag' | 'studio' | 'performer' | 'group', index: 'tagName' | 'studioName' | 'performerName' | 'groupName') =>
    (filter: Record<string, unknown>) => {
      if (filter.OR || filter.NOT) return null;
      const n = filter.name as { value: string; modifier: string } | undefined;
      if (n?.modifier === 'EQUALS' && !/[%_]/.test(n.value)) return ctx.rows(kind, state.index[index].get(n.value));
      return null;
    };
  const oCount = (r: Row) => (r.o_history as unknown[]).length;
  const duration = (r: Row) => Number(primary('sceneFiles', r)?.duration ?? 0);

  const scene: FindSpec = {
    kind: 'scene',
    filterType: 'SceneFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Scene,
    defaultSort: null,
    // COALESCE(scenes.title, scenes.id) COLLATE NATURAL_CI ASC; a blank title is NULL (zero.String)
    tiebreak: (r) => (r.title as string) || Number(r.id),
    search: (r) => [
      r.title as string,
      r.details as string,
      ...paths('sceneFiles')(r),
      ...files('sceneFiles', r.id).flatMap((f) => (f.fingerprints as { value: string }[]).map((x) => x.value)),
      ...ctx.rows('sceneMarker', L.markerScene.inverse(r.id)).map((m) => m.title as string),
    ],
    candidates: byPathCandidates('sceneFiles', 'scene'),
    fields: {
      id: (r) => Number(r.id),
      path: paths('sceneFiles'),
      file_count: (r) => L.sceneFiles.get(r.id).length,
      oshash: fingerprints('sceneFiles', 'oshash'),
      checksum: fingerprints('sceneFiles', 'md5'),
      phash: {
        custom: (c, r) =>
          phashMatch({ ...(c as object), distance: 0 } as PhashCriterion, fingerprints('sceneFiles', 'phash')(r)),
      },
      phash_distance: { custom: (c, r) => phashMatch(c as PhashCriterion, fingerprints('sceneFiles', 'phash')(r)) },
      o_counter: oCount,
      duplicated: { ignore: true },
      resolution: { custom: resolution('sceneFiles') },
      orientation: { custom: orientation('sceneFiles') },
      framerate: (r) => (primary('sceneFiles', r) ? Math.round(Number(primary('sceneFiles', r)?.frame_rate)) : null),
      bitrate: (r) => (primary('sceneFiles', r)?.bit_rate as number | undefined) ?? null,
      video_codec: (r) => (primary('sceneFiles', r)?.video_codec as string | undefined) ?? null,
      audio_codec: (r) => (primary('sceneFiles', r)?.audio_codec as string | undefined) ?? null,
      duration: (r) => (primary('sceneFiles', r) ? Math.trunc(duration(r)) : null),
      has_markers: { custom: (v, r) => L.markerScene.inverse(r.id).size > 0 === (v === 'true') },
      is_missing: {
        custom: isMissing({
          url: (r) => (r.urls as string[]).length === 0,
          galleries: (r) => L.sceneGalleries.get(r.id).length === 0,
          studio: (r) => L.sceneStudio.get(r.id).length === 0,
          movie: (r) => L.sceneGroups.get(r.id).length === 0,
          group: (r) => L.sceneGroups.get(r.id).length === 0,
          performers: (r) => L.scenePerformers.get(r.id).length === 0,
          tags: (r) => L.sceneTags.get(r.id).length === 0,
          stash_id: (r) => (r.stash_ids as unknown[]).length === 0,
          phash: (r) => fingerprints('sceneFiles', 'phash')(r).length === 0,
          cover: (r) => r.has_cover_image !== true,
        }),
      },
      studios: { fk: (r) => L.sceneStudio.first(r.id), tree: studioChildren },
      movies: { ids: (r) => L.sceneGroups.get(r.id) },
      groups: { ids: (r) => L.sceneGroups.get(r.id), tree: groupChildren },
      galleries: { ids: (r) => L.sceneGalleries.get(r.id) },
      tags: { ids: (r) => L.sceneTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.sceneTags.get(r.id).length,
      performer_tags: { ids: performerTagsOf('scenePerformers'), tree: tagChildren },
      performer_favorite: { custom: favoritePerformer('scenePerformers') },
      performer_age: { custom: performerAge('scenePerformers') },
      performers: { ids: (r) => L.scenePerformers.get(r.id) },
      performer_count: (r) => L.scenePerformers.get(r.id).length,
      url: (r) => r.urls,
      interactive: (r) => primary('sceneFiles', r)?.interactive === true,
      interactive_speed: (r) => (primary('sceneFiles', r)?.interactive_speed as number | undefined) ?? null,
      captions: (r) => ((r.captions as { language_code: string }[] | null) ?? []).map((c) => c.language_code),
      resume_time: (r) => Math.trunc(Number(r.resume_time ?? 0)),
      play_duration: (r) => Math.trunc(Number(r.play_duration ?? 0)),
      play_count: (r) => (r.play_history as unknown[]).length,
      last_played_at: (r) => [...(r.play_history as string[])].sort().at(-1) ?? '1970-01-01T00:00:00Z',
      galleries_filter: { ids: (r) => L.sceneGalleries.get(r.id), related: 'gallery' },
      performers_filter: { ids: (r) => L.scenePerformers.get(r.id), related: 'performer' },
      studios_filter: { fk: (r) => L.sceneStudio.first(r.id), tree: () => [], related: 'studio' },
      tags_filter: { ids: (r) => L.sceneTags.get(r.id), related: 'tag' },
      movies_filter: { ids: (r) => L.sceneGroups.get(r.id), related: 'group' },
      groups_filter: { ids: (r) => L.sceneGroups.get(r.id), related: 'group' },
      markers_filter: { ids: (r) => [...L.markerScene.inverse(r.id)], related: 'sceneMarker' },
      files_filter: { ids: (r) => L.sceneFiles.get(r.id), related: 'file' },
    },
    sortKeys: {
      title: (r) => (r.title as string | null) || (primary('sceneFiles', r)?.basename as string | undefined) || null,
      path: (r) => paths('sceneFiles')(r)[0] ?? '',
      rating: (r) => r.rating100,
      o_counter: oCount,
      play_count: (r) => (r.play_history as unknown[]).length,
      last_played_at: (r) => [...(r.play_history as string[])].sort().at(-1) ?? null,
      last_o_at: (r) => [...(r.o_history as string[])].sort().at(-1) ?? null,
      tag_count: (r) => L.sceneTags.get(r.id).length,
      performer_count: (r) => L.scenePerformers.get(r.id).length,
      file_count: (r) => L.sceneFiles.get(r.id).length,
      filesize: (r) => (primary('sceneFiles', r)?.size as number | undefined) ?? null,
      duration: (r) => (primary('sceneFiles', r)?.duration as number | undefined) ?? null,
      bitrate: (r) => (primary('sceneFiles', r)?.bit_rate as number | undefined) ?? null,
      framerate: (r) => (primary('sceneFiles', r)?.frame_rate as number | undefined) ?? null,
      file_mod_time: (r) => (primary('sceneFiles', r)?.mod_time as string | undefined) ?? null,
      studio: (r) => state.studios.get(L.sceneStudio.first(r.id))?.name ?? null,
      id: (r) => Number(r.id),
    },
  };

  const image: FindSpec = {
    kind: 'image',
    filterType: 'ImageFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Image,
    defaultSort: 'title',
    tiebreak: (r) => (r.title as string) || Number(r.id), // COALESCE(images.title, images.id) COLLATE NATURAL_CI
    search: (r) => [r.title as string, ...paths('imageFiles')(r), ...fingerprints('imageFiles', 'md5')(r)],
    candidates: byPathCandidates('imageFiles', 'image'),
    fields: {
      id: (r) => Number(r.id),
      path: paths('imageFiles'),
      checksum: fingerprints('imageFiles', 'md5'),
      file_count: (r) => L.imageFiles.get(r.id).length,
      url: (r) => r.urls,
      resolution: { custom: resolution('imageFiles') },
      orientation: { custom: orientation('imageFiles') },
      is_missing: {
        custom: isMissing({
          studio: (r) => L.imageStudio.get(r.id).length === 0,
          performers: (r) => L.imagePerformers.get(r.id).length === 0,
          galleries: (r) => L.imageGalleries.get(r.id).length === 0,
          tags: (r) => L.imageTags.get(r.id).length === 0,
        }),
      },
      studios: { fk: (r) => L.imageStudio.first(r.id), tree: studioChildren },
      tags: { ids: (r) => L.imageTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.imageTags.get(r.id).length,
      performer_tags: { ids: performerTagsOf('imagePerformers'), tree: tagChildren },
      performers: { ids: (r) => L.imagePerformers.get(r.id) },
      performer_count: (r) => L.imagePerformers.get(r.id).length,
      performer_favorite: { custom: favoritePerformer('imagePerformers') },
      performer_age: { custom: performerAge('imagePerformers') },
      galleries: { ids: (r) => L.imageGalleries.get(r.id) },
      galleries_filter: { ids: (r) => L.imageGalleries.get(r.id), related: 'gallery' },
      performers_filter: { ids: (r) => L.imagePerformers.get(r.id), related: 'performer' },
      studios_filter: { fk: (r) => L.imageStudio.first(r.id), tree: () => [], related: 'studio' },
      tags_filter: { ids: (r) => L.imageTags.get(r.id), related: 'tag' },
      files_filter: { ids: (r) => L.imageFiles.get(r.id), related: 'file' },
    },
    sortKeys: {
      title: (r) => (r.title as string | null) || (primary('imageFiles', r)?.basename as string | undefined) || null,
      path: (r) => paths('imageFiles')(r)[0] ?? '',
      rating: (r) => r.rating100,
      tag_count: (r) => L.imageTags.get(r.id).length,
      performer_count: (r) => L.imagePerformers.get(r.id).length,
      file_count: (r) => L.imageFiles.get(r.id).length,
      filesize: (r) => (primary('imageFiles', r)?.size as number | undefined) ?? null,
      file_mod_time: (r) => (primary('imageFiles', r)?.mod_time as string | undefined) ?? null,
      id: (r) => Number(r.id),
    },
  };

  const galleryPath = (r: Row) => {
    const f = primary('galleryFiles', r);
    if (f) return f.path as string;
    return (state.folders.get(L.galleryFolder.first(r.id))?.path as string | undefined) ?? null;
  };
  const gallery: FindSpec = {
    kind: 'gallery',
    filterType: 'GalleryFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Gallery,
    defaultSort: 'path',
    tiebreak: (r) => (r.title as string) || Number(r.id), // COALESCE(galleries.title, galleries.id) COLLATE NATURAL_CI
    search: (r) => [
      r.title as string,
      galleryPath(r),
      ...fingerprints('galleryFiles', 'md5')(r),
      ...ctx.rows('galleryChapter', L.chapterGallery.inverse(r.id)).map((c) => c.title as string),
    ],
    fields: {
      id: (r) => Number(r.id),
      path: (r) => [galleryPath(r)].filter((p): p is string => p != null),
      checksum: fingerprints('galleryFiles', 'md5'),
      file_count: (r) => L.galleryFiles.get(r.id).length,
      is_zip: (r) => L.galleryFiles.get(r.id).length > 0,
      has_chapters: { custom: (v, r) => L.chapterGallery.inverse(r.id).size > 0 === (v === 'true') },
      average_resolution: { ignore: true },
      is_missing: {
        custom: isMissing({
          scenes: (r) => L.sceneGalleries.inverse(r.id).size === 0,
          studio: (r) => L.galleryStudio.get(r.id).length === 0,
          performers: (r) => L.galleryPerformers.get(r.id).length === 0,
          tags: (r) => L.galleryTags.get(r.id).length === 0,
        }),
      },
      scenes: { ids: (r) => [...L.sceneGalleries.inverse(r.id)] },
      studios: { fk: (r) => L.galleryStudio.first(r.id), tree: studioChildren },
      tags: { ids: (r) => L.galleryTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.galleryTags.get(r.id).length,
      performer_tags: { ids: performerTagsOf('galleryPerformers'), tree: tagChildren },
      performers: { ids: (r) => L.galleryPerformers.get(r.id) },
      performer_count: (r) => L.galleryPerformers.get(r.id).length,
      performer_favorite: { custom: favoritePerformer('galleryPerformers') },
      performer_age: { custom: performerAge('galleryPerformers') },
      image_count: (r) => L.imageGalleries.inverse(r.id).size,
      url: (r) => r.urls,
      scenes_filter: { ids: (r) => [...L.sceneGalleries.inverse(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imageGalleries.inverse(r.id)], related: 'image' },
      performers_filter: { ids: (r) => L.galleryPerformers.get(r.id), related: 'performer' },
      studios_filter: { fk: (r) => L.galleryStudio.first(r.id), tree: () => [], related: 'studio' },
      tags_filter: { ids: (r) => L.galleryTags.get(r.id), related: 'tag' },
      files_filter: { ids: (r) => L.galleryFiles.get(r.id), related: 'file' },
      folders_filter: { ids: (r) => L.galleryFolder.get(r.id), related: 'folder' },
    },
    sortKeys: {
      path: (r) => galleryPath(r) ?? '',
      title: (r) => (r.title as string | null) || galleryPath(r),
      rating: (r) => r.rating100,
      images_count: (r) => L.imageGalleries.inverse(r.id).size,
      tag_count: (r) => L.galleryTags.get(r.id).length,
      performer_count: (r) => L.galleryPerformers.get(r.id).length,
      file_count: (r) => L.galleryFiles.get(r.id).length,
      id: (r) => Number(r.id),
    },
  };

  const performerScenesCount = (r: Row) => scenesOfPerformer(r.id).size;
  const performer: FindSpec = {
    kind: 'performer',
    filterType: 'PerformerFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Performer,
    defaultSort: 'name',
    search: (r) => [r.name as string, ...(r.alias_list as string[])],
    candidates: byNameCandidates('performer', 'performerName'),
    tiebreak: name,
    fields: {
      filter_favorites: (r) => r.favorite,
      birth_year: (r) => (typeof r.birthdate === 'string' && r.birthdate ? Number(r.birthdate.slice(0, 4)) : null),
      death_year: (r) => (typeof r.death_date === 'string' && r.death_date ? Number(r.death_date.slice(0, 4)) : null),
      age: (r) => age(r.birthdate, r.death_date || ctx.nowDate().toISOString().slice(0, 10)),
      aliases: (r) => r.alias_list,
      circumcised: { custom: (c, r) => enumMatch(c, r.circumcised) },
      gender: { custom: (c, r) => enumMatch(c, r.gender) },
      is_missing: {
        custom: isMissing({
          scenes: (r) => performerScenesCount(r) === 0,
          image: (r) => r.has_image !== true,
          stash_id: (r) => (r.stash_ids as unknown[]).length === 0,
          aliases: (r) => (r.alias_list as unknown[]).length === 0,
        }),
      },
      tags: { ids: (r) => L.performerTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.performerTags.get(r.id).length,
      scene_count: countOf(performerScenesCount),
      image_count: (r) => L.imagePerformers.inverse(r.id).size,
      gallery_count: (r) => L.galleryPerformers.inverse(r.id).size,
      play_count: (r) =>
        [...scenesOfPerformer(r.id)].reduce(
          (n, s) => n + ((state.scenes.get(s)?.play_history as unknown[]) ?? []).length,
          0,
        ),
      o_counter: (r) =>
        [...scenesOfPerformer(r.id)].reduce(
          (n, s) => n + ((state.scenes.get(s)?.o_history as unknown[]) ?? []).length,
          0,
        ),
      url: (r) => r.urls,
      studios: {
        ids: (r) => {
          const s = new Set<string>();
          for (const sc of scenesOfPerformer(r.id)) for (const st of L.sceneStudio.get(sc)) s.add(st);
          for (const im of L.imagePerformers.inverse(r.id)) for (const st of L.imageStudio.get(im)) s.add(st);
          for (const g of L.galleryPerformers.inverse(r.id)) for (const st of L.galleryStudio.get(g)) s.add(st);
          return [...s];
        },
        tree: studioChildren,
      },
      groups: {
        ids: (r) => {
          const s = new Set<string>();
          for (const sc of scenesOfPerformer(r.id)) for (const g of L.sceneGroups.get(sc)) s.add(g);
          return [...s];
        },
        tree: groupChildren,
      },
      performers: {
        ids: (r) => {
          const s = new Set<string>();
          for (const sc of scenesOfPerformer(r.id)) for (const p of L.scenePerformers.get(sc)) if (p !== r.id) s.add(p);
          return [...s];
        },
      },
      scenes_filter: { ids: (r) => [...scenesOfPerformer(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imagePerformers.inverse(r.id)], related: 'image' },
      galleries_filter: { ids: (r) => [...L.galleryPerformers.inverse(r.id)], related: 'gallery' },
      tags_filter: { ids: (r) => L.performerTags.get(r.id), related: 'tag' },
    },
    sortKeys: {
      name,
      rating: (r) => r.rating100,
      height: (r) => r.height_cm,
      scenes_count: performerScenesCount,
      images_count: (r) => L.imagePerformers.inverse(r.id).size,
      galleries_count: (r) => L.galleryPerformers.inverse(r.id).size,
      tag_count: (r) => L.performerTags.get(r.id).length,
      id: (r) => Number(r.id),
    },
  };

  const studio: FindSpec = {
    kind: 'studio',
    filterType: 'StudioFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Studio,
    defaultSort: 'name',
    search: (r) => [r.name as string, ...(r.aliases as string[])],
    candidates: byNameCandidates('studio', 'studioName'),
    tiebreak: name,
    fields: {
      parents: { ids: (r) => L.studioParent.get(r.id) },
      tags: { ids: (r) => L.studioTags.get(r.id), tree: tagChildren },
      is_missing: {
        custom: isMissing({
          image: (r) => r.has_image !== true,
          stash_id: (r) => (r.stash_ids as unknown[]).length === 0,
          details: (r) => !r.details,
        }),
      },
      scene_count: (r) => L.sceneStudio.inverse(r.id).size,
      image_count: (r) => L.imageStudio.inverse(r.id).size,
      gallery_count: (r) => L.galleryStudio.inverse(r.id).size,
      tag_count: (r) => L.studioTags.get(r.id).length,
      child_count: (r) => L.studioParent.inverse(r.id).size,
      url: (r) => r.urls,
      scenes_filter: { ids: (r) => [...L.sceneStudio.inverse(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imageStudio.inverse(r.id)], related: 'image' },
      galleries_filter: { ids: (r) => [...L.galleryStudio.inverse(r.id)], related: 'gallery' },
    },
    sortKeys: {
      name,
      rating: (r) => r.rating100,
      scenes_count: (r) => L.sceneStudio.inverse(r.id).size,
      images_count: (r) => L.imageStudio.inverse(r.id).size,
      galleries_count: (r) => L.galleryStudio.inverse(r.id).size,
      child_count: (r) => L.studioParent.inverse(r.id).size,
      tag_count: (r) => L.studioTags.get(r.id).length,
      id: (r) => Number(r.id),
    },
  };

  const tagCount =
    (link: 'sceneTags' | 'imageTags' | 'galleryTags' | 'performerTags' | 'studioTags' | 'groupTags') => (r: Row) =>
      L[link].inverse(r.id).size;
  const markerCount = (r: Row) => new Set([...L.markerTags.inverse(r.id), ...L.markerPrimaryTag.inverse(r.id)]).size;
  const tag: FindSpec = {
    kind: 'tag',
    filterType: 'TagFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Tag,
    defaultSort: 'name',
    search: (r) => [r.name as string, ...(r.aliases as string[]), r.sort_name as string],
    candidates: byNameCandidates('tag', 'tagName'),
    tiebreak: sortName,
    fields: {
      is_missing: { custom: isMissing({ image: (r) => r.has_image !== true }) },
      scene_count: tagCount('sceneTags'),
      image_count: tagCount('imageTags'),
      gallery_count: tagCount('galleryTags'),
      performer_count: tagCount('performerTags'),
      studio_count: tagCount('studioTags'),
      movie_count: tagCount('groupTags'),
      group_count: tagCount('groupTags'),
      marker_count: markerCount,
      // pkg/sqlite/filter_hierarchical.go: `parents` walks down from the values (a match is a descendant within
      // depth + 1), `children` walks up (an ancestor); so the value set expands the other way from the relation
      parents: { ids: (r) => L.tagParents.get(r.id), tree: tagChildren },
      children: { ids: (r) => [...L.tagParents.inverse(r.id)], tree: (id) => L.tagParents.get(id) },
      parent_count: (r) => L.tagParents.get(r.id).length,
      child_count: (r) => L.tagParents.inverse(r.id).size,
      scenes_filter: { ids: (r) => [...L.sceneTags.inverse(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imageTags.inverse(r.id)], related: 'image' },
      galleries_filter: { ids: (r) => [...L.galleryTags.inverse(r.id)], related: 'gallery' },
    },
    sortKeys: {
      name: sortName,
      scenes_count: tagCount('sceneTags'),
      images_count: tagCount('imageTags'),
      galleries_count: tagCount('galleryTags'),
      performers_count: tagCount('performerTags'),
      studios_count: tagCount('studioTags'),
      groups_count: tagCount('groupTags'),
      movies_count: tagCount('groupTags'),
      scene_markers_count: markerCount,
      id: (r) => Number(r.id),
    },
  };

  const group: FindSpec = {
    kind: 'group',
    filterType: 'GroupFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Group,
    defaultSort: 'name',
    search: (r) => [r.name as string, r.aliases as string],
    candidates: byNameCandidates('group', 'groupName'),
    tiebreak: name,
    fields: {
      studios: { fk: (r) => L.groupStudio.first(r.id), tree: studioChildren },
      is_missing: {
        custom: isMissing({
          front_image: (r) => r.has_front_image !== true,
          back_image: (r) => r.has_back_image !== true,
          scenes: (r) => L.sceneGroups.inverse(r.id).size === 0,
        }),
      },
      url: (r) => r.urls,
      performers: {
        ids: (r) => {
          const s = new Set<string>();
          for (const sc of L.sceneGroups.inverse(r.id)) for (const p of L.scenePerformers.get(sc)) s.add(p);
          return [...s];
        },
      },
      tags: { ids: (r) => L.groupTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.groupTags.get(r.id).length,
      o_counter: (r) =>
        [...L.sceneGroups.inverse(r.id)].reduce(
          (n, s) => n + ((state.scenes.get(s)?.o_history as unknown[]) ?? []).length,
          0,
        ),
      // same walks as the tag parents/children above (filter_hierarchical.go)
      containing_groups: { ids: (r) => [...L.groupSubGroups.inverse(r.id)], tree: groupChildren },
      sub_groups: { ids: (r) => L.groupSubGroups.get(r.id), tree: (id) => L.groupSubGroups.inverse(id) },
      containing_group_count: (r) => L.groupSubGroups.inverse(r.id).size,
      sub_group_count: (r) => L.groupSubGroups.get(r.id).length,
      scenes_filter: { ids: (r) => [...L.sceneGroups.inverse(r.id)], related: 'scene' },
      studios_filter: { fk: (r) => L.groupStudio.first(r.id), tree: () => [], related: 'studio' },
    },
    sortKeys: {
      name,
      rating: (r) => r.rating100,
      scenes_count: (r) => L.sceneGroups.inverse(r.id).size,
      tag_count: (r) => L.groupTags.get(r.id).length,
      sub_group_order: (r) => Number(r.id),
      id: (r) => Number(r.id),
    },
  };

  const markerScene = (r: Row) => state.scenes.get(L.markerScene.first(r.id));
  const sceneMarker: FindSpec = {
    kind: 'sceneMarker',
    filterType: 'SceneMarkerFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.SceneMarker,
    defaultSort: 'title',
    search: (r) => [
      r.title as string,
      markerScene(r)?.title as string,
      state.tags.get(L.markerPrimaryTag.first(r.id))?.name as string,
    ],
    fields: {
      tags: { ids: (r) => [...L.markerPrimaryTag.get(r.id), ...L.markerTags.get(r.id)], tree: tagChildren },
      scene_tags: { ids: (r) => L.sceneTags.get(L.markerScene.first(r.id) ?? ''), tree: tagChildren },
      performers: { ids: (r) => L.scenePerformers.get(L.markerScene.first(r.id) ?? '') },
      scenes: { ids: (r) => L.markerScene.get(r.id) },
      duration: (r) => (r.end_seconds == null ? null : Number(r.end_seconds) - Number(r.seconds)),
      scene_date: (r) => (markerScene(r)?.date as string | null) ?? null,
      scene_created_at: (r) => markerScene(r)?.created_at ?? null,
      scene_updated_at: (r) => markerScene(r)?.updated_at ?? null,
      scene_filter: { ids: (r) => L.markerScene.get(r.id), related: 'scene' },
    },
    sortKeys: {
      scene_id: (r) => Number(L.markerScene.first(r.id)),
      scenes_updated_at: (r) => markerScene(r)?.updated_at ?? null,
      duration: (r) => (r.end_seconds == null ? null : Number(r.end_seconds) - Number(r.seconds)),
      id: (r) => Number(r.id),
    },
  };

  const file: FindSpec = {
    kind: 'file',
    filterType: 'FileFilterType',
    sortOptions: ['created_at', 'id', 'path', 'random', 'updated_at'],
    defaultSort: 'path',
    search: (r) => [r.path as string],
    candidates: (filter) => {
      if (filter.OR || filter.NOT) return null;
      const p = filter.path as { value: string; modifier: string } | undefined;
      if (p?.modifier === 'EQUALS' && !/[%_]/.test(p.value))
        return ctx.rows('file', [state.index.filePath.get(normalizePath(p.value)) ?? '']);
      return null;
    },
    fields: {
      dir: (r) => state.folders.get(r.parent_folder_id as string)?.path ?? null,
      parent_folder: {
        fk: (r) => r.parent_folder_id as string,
        tree: (id) => [...state.folders.values()].filter((f) => f.parent_folder_id === id).map((f) => f.id),
      },
      zip_file: { ids: (r) => (r.zip_file_id ? [r.zip_file_id as string] : []) },
      duplicated: { ignore: true },
      hashes: {
        custom: (v, r) =>
          (v as { type: string; value: string }[]).every((h) =>
            (r.fingerprints as { type: string; value: string }[]).some(
              (f) => f.type === h.type && f.value.toLowerCase() === h.value.toLowerCase(),
            ),
          ),
      },
      video_file_filter: { ignore: true },
      image_file_filter: { ignore: true },
      scene_count: (r) => L.sceneFiles.inverse(r.id).size,
      image_count: (r) => L.imageFiles.inverse(r.id).size,
      gallery_count: (r) => L.galleryFiles.inverse(r.id).size,
      scenes_filter: { ids: (r) => [...L.sceneFiles.inverse(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imageFiles.inverse(r.id)], related: 'image' },
      galleries_filter: { ids: (r) => [...L.galleryFiles.inverse(r.id)], related: 'gallery' },
    },
    sortKeys: { id: (r) => Number(r.id) },
  };

  const folder: FindSpec = {
    kind: 'folder',
    filterType: 'FolderFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Folder,
    defaultSort: 'path',
    search: (r) => [r.path as string],
    fields: {
      parent_folder: {
        fk: (r) => r.parent_folder_id as string | null,
        tree: (id) => [...state.folders.values()].filter((f) => f.parent_folder_id === id).map((f) => f.id),
      },
      zip_file: { ids: (r) => (r.zip_file_id ? [r.zip_file_id as string] : []) },
      gallery_count: (r) => L.galleryFolder.inverse(r.id).size,
      files_filter: {
        ids: (r) => [...state.files.values()].filter((f) => f.parent_folder_id === r.id).map((f) => f.id),
        related: 'file',
      },
      galleries_filter: { ids: (r) => [...L.galleryFolder.inverse(r.id)], related: 'gallery' },
    },
    sortKeys: { id: (r) => Number(r.id) },
  };

  return [scene, image, gallery, performer, studio, tag, group, sceneMarker, file, folder];
}

/** ResolutionEnum min/max (pkg/models/resolution.go). */
const RESOLUTIONS: Record<string, [number, number]> = {
  VERY_LOW: [144, 239],
  LOW: [240, 359],
  R360P: [360, 479],
  STANDARD: [480, 539],
  WEB_HD: [540, 719],
  STANDARD_HD: [720, 1079],
  FULL_HD: [1080, 1439],
  QUAD_HD: [1440, 1919],
  VR_HD: [1920, 2159],
  FOUR_K: [2160, 2879],
  FIVE_K: [2880, 3383],
  SIX_K: [3384, 4319],
  SEVEN_K: [4320, 4999],
  EIGHT_K: [5000, 8639],
  HUGE: [8640, 100000],
};

interface PhashCriterion {
  value: string;
  modifier: Modifier;
  distance?: number | null;
}

/** phashDistanceCriterionHandler: distance 0 compares values; EQUALS/NOT_EQUALS with distance use `<` / `>`. */
function phashMatch(c: PhashCriterion, phashes: string[]): boolean {
  const d = c.distance ?? 0;
  if (c.modifier === 'IS_NULL') return phashes.length === 0;
  if (c.modifier === 'NOT_NULL') return phashes.length > 0;
  if (d > 0 && c.modifier === 'EQUALS') return phashes.some((p) => phashDistance(p, c.value) < d);
  if (d > 0 && c.modifier === 'NOT_EQUALS') return phashes.some((p) => phashDistance(p, c.value) > d);
  const v = BigInt(`0x${c.value || '0'}`);
  return phashes.some((p) => {
    const x = BigInt(`0x${p || '0'}`);
    switch (c.modifier) {
      case 'EQUALS':
        return x === v;
      case 'NOT_EQUALS':
        return x !== v;
      case 'GREATER_THAN':
        return x > v;
      case 'LESS_THAN':
        return x < v;
      default:
        return false;
    }
  });
}

/** enumCriterionHandler: INCLUDES/EQUALS = IN, EXCLUDES/NOT_EQUALS = NOT IN, IS_NULL/NOT_NULL. */
function enumMatch(c: unknown, v: unknown): boolean {
  const { value, modifier } = c as { value?: string[] | string | null; modifier: Modifier };
  // GenderCriterionInput.value_list wins over the deprecated single value (performer_filter.go)
  const list = (c as { value_list?: string[] | null }).value_list ?? [];
  const vals = list.length > 0 ? list : Array.isArray(value) ? value : value == null ? [] : [value];
  switch (modifier) {
    case 'INCLUDES':
    case 'EQUALS':
      return vals.length === 0 || (v != null && vals.includes(String(v)));
    case 'EXCLUDES':
    case 'NOT_EQUALS':
      return vals.length === 0 || (v != null && !vals.includes(String(v)));
    case 'IS_NULL':
      return v == null || String(v).trim() === '';
    case 'NOT_NULL':
      return v != null && String(v).trim() !== '';
    default:
      throw new Error('unsupported string filter modifier');
  }
}
