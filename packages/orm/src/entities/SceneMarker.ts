import { belongsTo, defineRelations, habtm } from '../defineRelations.js';
import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import type { RelationList } from '../RelationList.js';
import { registerEntity } from '../registerEntity.js';
import type { Scene } from './Scene.js';
import type { Tag } from './Tag.js';

export interface SceneMarker extends SchemaFields<'SceneMarker', 'scene' | 'primary_tag' | 'tags'> {
  get scene(): Scene | null | undefined;
  set scene(v: Scene);
  get primary_tag(): Tag | null | undefined;
  set primary_tag(v: Tag);
  get tags(): RelationList<Tag>;
  set tags(v: Iterable<Tag>);
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class SceneMarker extends Entity {
  static override readonly typename = 'SceneMarker';
  static override readonly relations = defineRelations('SceneMarker', {
    scene: belongsTo('Scene'),
    primary_tag: belongsTo('Tag'),
    tags: habtm('Tag'),
  });
}
registerEntity(SceneMarker);
