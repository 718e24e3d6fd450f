import { defineEntity } from '../defineEntity.js';
import { habtm, hasMany, hasManyThrough } from '../defineRelations.js';
import { registerEntity } from '../registerEntity.js';
import { stashIdInput } from './stashIdInput.js';

export class Performer extends defineEntity('Performer', {
  tags: habtm('Tag'),
  stash_ids: hasManyThrough(null, { transform: stashIdInput }),
  // Read through findScenes(performers INCLUDES), written through bulkSceneUpdate performer_ids ADD/REMOVE.
  scenes: hasMany('Scene', { inverse: 'performers' }),
  images: hasMany('Image', { inverse: 'performers' }),
  galleries: hasMany('Gallery', { inverse: 'performers' }),
}) {}
registerEntity(Performer);
