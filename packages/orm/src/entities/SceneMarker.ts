import { defineEntity } from '../defineEntity.js';
import { belongsTo, habtm } from '../defineRelations.js';
import { registerEntity } from '../registerEntity.js';

export class SceneMarker extends defineEntity('SceneMarker', {
  scene: belongsTo('Scene'),
  primary_tag: belongsTo('Tag'),
  tags: habtm('Tag'),
}) {}
registerEntity(SceneMarker);
