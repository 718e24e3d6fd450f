import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';

/** Folders: pkg/sqlite/folder.go, folder_filter.go. */
export function folderFind(ctx: BackendContext): FindSpec {
  const { state } = ctx;
  const L = state.links;
  return {
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
}
