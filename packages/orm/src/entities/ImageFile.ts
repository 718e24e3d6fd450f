import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import { registerEntity } from '../registerEntity.js';
import type { Folder } from './Folder.js';

export interface ImageFile extends SchemaFields<'ImageFile', 'parent_folder'> {
  readonly parent_folder: Folder | null | undefined;
}

/** Read-only: files and folders are written by scans, not by this layer. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class ImageFile extends Entity {
  static override readonly typename = 'ImageFile';
}
registerEntity(ImageFile);
