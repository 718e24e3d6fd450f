import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import { registerEntity } from '../registerEntity.js';

export interface SavedFilter extends SchemaFields<'SavedFilter'> {}

/** Created and updated by the single upsert `saveFilter`, which needs the whole filter every time. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class SavedFilter extends Entity {
  static override readonly typename = 'SavedFilter';
}
registerEntity(SavedFilter);
