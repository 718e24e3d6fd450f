import { belongsTo, defineRelations } from '../defineRelations.js';
import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import { registerEntity } from '../registerEntity.js';
import type { Gallery } from './Gallery.js';

export interface GalleryChapter extends SchemaFields<'GalleryChapter', 'gallery'> {
  get gallery(): Gallery | null | undefined;
  set gallery(v: Gallery);
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class GalleryChapter extends Entity {
  static override readonly typename = 'GalleryChapter';
  static override readonly relations = defineRelations('GalleryChapter', { gallery: belongsTo('Gallery') });
}
registerEntity(GalleryChapter);
