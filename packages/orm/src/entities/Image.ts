import { defineEntity } from '../defineEntity.js';
import { belongsTo, habtm } from '../defineRelations.js';
import { registerEntity } from '../registerEntity.js';

/** Images are created by scans only (the schema has no imageCreate). */
export class Image extends defineEntity('Image', {
  studio: belongsTo('Studio'),
  tags: habtm('Tag'),
  performers: habtm('Performer'),
  galleries: habtm('Gallery'),
}) {}
registerEntity(Image);
