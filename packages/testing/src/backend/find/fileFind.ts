import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import { normalizePath } from '../VirtualLibrary.js';

/** Files: pkg/sqlite/file.go, file_filter.go. */
export function fileFind(ctx: BackendContext): FindSpec {
  const { state } = ctx;
  const L = state.links;
  return {
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
}
