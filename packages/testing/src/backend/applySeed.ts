import type { BackendContext } from './BackendContext.js';
import type { LibraryFile, VirtualLibrary } from './VirtualLibrary.js';

type SeedInput = Record<string, unknown>;

/**
 * Initial data, JSON-serialisable. Entities use the same shapes as the create
 * mutations' inputs (TagCreateInput, SceneCreateInput, ...) and go through the
 * same validation; ids are assigned in order per type ("1", "2", ...), so later
 * entries can reference earlier ones by id. Order: tags, studios, performers,
 * groups, scenes, galleries (may reference scenes), images (may reference
 * galleries), markers, chapters, saved filters.
 */
export interface SeedData {
  /** Files present on the fake disk only (found by metadataScan). */
  library?: LibraryFile[] | undefined;
  tags?: SeedInput[] | undefined;
  studios?: SeedInput[] | undefined;
  performers?: SeedInput[] | undefined;
  groups?: SeedInput[] | undefined;
  galleries?: SeedInput[] | undefined;
  /** SceneCreateInput plus `files`: library files to create and attach (first is primary). */
  scenes?: (SeedInput & { files?: LibraryFile[] | undefined })[] | undefined;
  /** ImageUpdateInput fields (no id) plus `files` (required: Stash images always come from files). */
  images?: (SeedInput & { files?: LibraryFile[] | undefined })[] | undefined;
  sceneMarkers?: SeedInput[] | undefined;
  galleryChapters?: SeedInput[] | undefined;
  savedFilters?: SeedInput[] | undefined;
}

const ORDER: [keyof SeedData, string][] = [
  ['tags', 'tagCreate'],
  ['studios', 'studioCreate'],
  ['performers', 'performerCreate'],
  ['groups', 'groupCreate'],
  ['scenes', 'seedScene'],
  ['galleries', 'galleryCreate'],
  ['images', 'seedImage'],
  ['sceneMarkers', 'sceneMarkerCreate'],
  ['galleryChapters', 'galleryChapterCreate'],
  ['savedFilters', 'saveFilter'],
];

export function applySeed(ctx: BackendContext, library: VirtualLibrary, seed: SeedData): void {
  library.addFiles(seed.library ?? []);
  for (const [key, fieldName] of ORDER) {
    const fn = ctx.root[fieldName];
    const list = seed[key] as SeedInput[] | undefined;
    if (!list?.length) continue;
    if (!fn) throw new Error(`seed: ${String(key)} is not supported by this backend`);
    for (const input of list) {
      try {
        fn({ input });
      } catch (e) {
        throw new Error(`seed ${String(key)}: ${(e as Error).message}`);
      }
    }
  }
}
