import type { StashIDInput } from '@stash-graphql/core';
import { defineRelations, habtm, hasMany, hasManyThrough } from '../defineRelations.js';
import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import type { RelationList } from '../RelationList.js';
import { registerEntity } from '../registerEntity.js';
import type { Gallery } from './Gallery.js';
import type { Image } from './Image.js';
import type { Scene } from './Scene.js';
import { stashIdInput } from './stashIdInput.js';
import type { Tag } from './Tag.js';

type Rel = 'tags' | 'stash_ids' | 'scenes' | 'groups' | 'movies';
export interface Performer extends SchemaFields<'Performer', Rel> {
  get tags(): RelationList<Tag>;
  set tags(v: Iterable<Tag>);
  get stash_ids(): RelationList<StashIDInput>;
  set stash_ids(v: Iterable<StashIDInput>);
  /** Read through findScenes(performers INCLUDES), written through bulkSceneUpdate performer_ids ADD/REMOVE. */
  get scenes(): RelationList<Scene>;
  set scenes(v: Iterable<Scene>);
  get images(): RelationList<Image>;
  set images(v: Iterable<Image>);
  get galleries(): RelationList<Gallery>;
  set galleries(v: Iterable<Gallery>);
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class Performer extends Entity {
  static override readonly typename = 'Performer';
  static override readonly relations = defineRelations('Performer', {
    tags: habtm('Tag'),
    stash_ids: hasManyThrough(null, { transform: stashIdInput }),
    scenes: hasMany('Scene', { inverse: 'performers' }),
    images: hasMany('Image', { inverse: 'performers' }),
    galleries: hasMany('Gallery', { inverse: 'performers' }),
  });
}
registerEntity(Performer);
