import type { MutationName } from '@stash-graphql/core/generated';
import type { BackendServices } from './BackendServices.js';
import type { Input } from './inputs.js';
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

type SeedServices = Pick<BackendServices, 'scenes' | 'images' | 'mutate'>;

/** The writer for each kind of seed entry: a schema mutation, or a seed helper where the input carries files. */
const ORDER: [Exclude<keyof SeedData, 'library'>, MutationName | ((s: SeedServices, input: Input) => unknown)][] = [
  ['tags', 'tagCreate'],
  ['studios', 'studioCreate'],
  ['performers', 'performerCreate'],
  ['groups', 'groupCreate'],
  ['scenes', (s, input) => s.scenes.seed(input)],
  ['galleries', 'galleryCreate'],
  ['images', (s, input) => s.images.seed(input)],
  ['sceneMarkers', 'sceneMarkerCreate'],
  ['galleryChapters', 'galleryChapterCreate'],
  ['savedFilters', 'saveFilter'],
];

export function applySeed(services: SeedServices, library: VirtualLibrary, seed: SeedData): void {
  library.addFiles(seed.library ?? []);
  for (const [key, writer] of ORDER) {
    const list = seed[key];
    if (!list?.length) continue;
    for (const input of list) {
      try {
        if (typeof writer === 'string') services.mutate(writer, { input });
        else writer(services, input);
      } catch (e) {
        throw new Error(`seed ${String(key)}: ${(e as Error).message}`);
      }
    }
  }
}
