import { defineEntity } from '../defineEntity.js';
import { belongsTo } from '../defineRelations.js';
import { registerEntity } from '../registerEntity.js';

export class GalleryChapter extends defineEntity('GalleryChapter', { gallery: belongsTo('Gallery') }) {}
registerEntity(GalleryChapter);
