import { defineEntity } from '../defineEntity.js';
import { belongsTo, habtm, hasMany, hasManyThrough } from '../defineRelations.js';
import { registerEntity } from '../registerEntity.js';
import { stashIdInput } from './stashIdInput.js';

export class Studio extends defineEntity('Studio', {
  // Derived input would be `parent_studio_id`; the schema's input is `parent_id` (derived from the type suffix).
  parent_studio: belongsTo('Studio'),
  tags: habtm('Tag'),
  stash_ids: hasManyThrough(null, { transform: stashIdInput }),
  // Not a schema field: read through findScenes(studios INCLUDES), written through bulkSceneUpdate studio_id.
  scenes: hasMany('Scene', { inverse: 'studio' }),
}) {}
registerEntity(Studio);
