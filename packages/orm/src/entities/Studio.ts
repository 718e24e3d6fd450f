import type { StashIDInput } from '@stash-graphql/core';
import { belongsTo, defineRelations, habtm, hasMany, hasManyThrough } from '../defineRelations.js';
import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import type { RelationList } from '../RelationList.js';
import { registerEntity } from '../registerEntity.js';
import type { Scene } from './Scene.js';
import { stashIdInput } from './stashIdInput.js';
import type { Tag } from './Tag.js';

type Rel = 'parent_studio' | 'child_studios' | 'tags' | 'stash_ids' | 'groups' | 'movies';
export interface Studio extends SchemaFields<'Studio', Rel> {
  get parent_studio(): Studio | null | undefined;
  set parent_studio(v: Studio | null);
  readonly child_studios: readonly Studio[] | undefined;
  get tags(): RelationList<Tag>;
  set tags(v: Iterable<Tag>);
  get stash_ids(): RelationList<StashIDInput>;
  set stash_ids(v: Iterable<StashIDInput>);
  /** Not a schema field: read through findScenes(studios INCLUDES), written through bulkSceneUpdate studio_id. */
  get scenes(): RelationList<Scene>;
  set scenes(v: Iterable<Scene>);
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class Studio extends Entity {
  static override readonly typename = 'Studio';
  static override readonly relations = defineRelations('Studio', {
    // Derived input would be `parent_studio_id`; the schema's input is `parent_id` (derived from the type suffix).
    parent_studio: belongsTo('Studio'),
    tags: habtm('Tag'),
    stash_ids: hasManyThrough(null, { transform: stashIdInput }),
    scenes: hasMany('Scene', { inverse: 'studio' }),
  });
}
registerEntity(Studio);
