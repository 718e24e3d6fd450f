import type { MutationName } from '@stash-graphql/core/generated';
import type { Input } from './inputs.js';
import type { Row } from './Table.js';
import type { LibraryFile } from './VirtualLibrary.js';

/** Library files and folders (createFileResolvers), for the scanner and seeding. */
export interface FileApi {
  /** Creates (or returns the existing) file row for a library file, creating its folders. */
  ensureFile(f: LibraryFile): Row;
  ensureFolder(path: string): Row;
  /** A known file found at a new path (the scanner's move detection). */
  moveFile(id: string, path: string): boolean;
}

/** Images (createImageResolvers): Stash has no imageCreate mutation, images only come from files. */
export interface ImageApi {
  /** An image for existing file rows (`file_ids`), for the scanner and seeding. */
  createForFiles(input: Input): Row;
  /** Seed input: ImageUpdateInput fields plus `files`, library files to create and attach. */
  seed(input: Input): unknown;
}

/** Scenes (createSceneResolvers). */
export interface SceneApi {
  /** Seed input: SceneCreateInput plus `files`, library files to create and attach (first is primary). */
  seed(input: Input): unknown;
}

/**
 * What backend modules call on each other that is not a schema field. Typed, so that a module asking for a helper
 * that does not exist fails to compile instead of at run time; each module receives the part it needs.
 */
export interface BackendServices {
  files: FileApi;
  images: ImageApi;
  scenes: SceneApi;
  /** A schema mutation by name, so seeding goes through the same validation as a client's write. */
  mutate(field: MutationName, args: Record<string, unknown>): unknown;
}
