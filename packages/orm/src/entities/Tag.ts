import { defineEntity } from '../defineEntity.js';
import { habtm, hasMany, hasManyThrough } from '../defineRelations.js';
import { registerEntity } from '../registerEntity.js';
import { stashIdInput } from './stashIdInput.js';

export class Tag extends defineEntity('Tag', {
  parents: habtm('Tag', { inverse: 'children' }),
  children: habtm('Tag'),
  stash_ids: hasManyThrough(null, { transform: stashIdInput }),
  // Not schema fields: read through findScenes(tags INCLUDES) …, written through bulkSceneUpdate ADD/REMOVE ….
  scenes: hasMany('Scene', { inverse: 'tags' }),
  images: hasMany('Image', { inverse: 'tags' }),
  galleries: hasMany('Gallery', { inverse: 'tags' }),
  performers: hasMany('Performer', { inverse: 'tags' }),
}) {}
registerEntity(Tag);
