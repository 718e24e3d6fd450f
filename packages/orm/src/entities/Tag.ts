import type { StashIDInput } from '@stash-graphql/core';
import { defineRelations, habtm, hasMany, hasManyThrough } from '../defineRelations.js';
import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import type { RelationList } from '../RelationList.js';
import { registerEntity } from '../registerEntity.js';
import type { Gallery } from './Gallery.js';
import type { Image } from './Image.js';
import type { Performer } from './Performer.js';
import type { Scene } from './Scene.js';
import { stashIdInput } from './stashIdInput.js';

type Rel = 'parents' | 'children' | 'stash_ids';
export interface Tag extends SchemaFields<'Tag', Rel> {
  get parents(): RelationList<Tag>;
  set parents(v: Iterable<Tag>);
  get children(): RelationList<Tag>;
  set children(v: Iterable<Tag>);
  get stash_ids(): RelationList<StashIDInput>;
  set stash_ids(v: Iterable<StashIDInput>);
  /** Not a schema field: read through findScenes(tags INCLUDES), written through bulkSceneUpdate ADD/REMOVE. */
  get scenes(): RelationList<Scene>;
  set scenes(v: Iterable<Scene>);
  get images(): RelationList<Image>;
  set images(v: Iterable<Image>);
  get galleries(): RelationList<Gallery>;
  set galleries(v: Iterable<Gallery>);
  get performers(): RelationList<Performer>;
  set performers(v: Iterable<Performer>);
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class Tag extends Entity {
  static override readonly typename = 'Tag';
  static override readonly relations = defineRelations('Tag', {
    parents: habtm('Tag', { inverse: 'children' }),
    children: habtm('Tag', { inverse: 'parents' }),
    stash_ids: hasManyThrough(null, { transform: stashIdInput }),
    scenes: hasMany('Scene', { inverse: 'tags' }),
    images: hasMany('Image', { inverse: 'tags' }),
    galleries: hasMany('Gallery', { inverse: 'tags' }),
    performers: hasMany('Performer', { inverse: 'tags' }),
  });
}
registerEntity(Tag);
