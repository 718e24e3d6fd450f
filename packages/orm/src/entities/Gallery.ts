import { belongsTo, defineRelations, habtm, hasMany } from '../defineRelations.js';
import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import type { RelationList } from '../RelationList.js';
import { registerEntity } from '../registerEntity.js';
import type { GalleryChapter } from './GalleryChapter.js';
import type { GalleryFile } from './GalleryFile.js';
import type { Image } from './Image.js';
import type { Performer } from './Performer.js';
import type { Scene } from './Scene.js';
import type { Studio } from './Studio.js';
import type { Tag } from './Tag.js';

type Rel = 'studio' | 'tags' | 'performers' | 'scenes' | 'cover' | 'files' | 'chapters' | 'folder' | 'image';
export interface Gallery extends SchemaFields<'Gallery', Rel> {
  get studio(): Studio | null | undefined;
  set studio(v: Studio | null);
  get tags(): RelationList<Tag>;
  set tags(v: Iterable<Tag>);
  get performers(): RelationList<Performer>;
  set performers(v: Iterable<Performer>);
  get scenes(): RelationList<Scene>;
  set scenes(v: Iterable<Scene>);
  /** Written through setGalleryCover / resetGalleryCover (null). */
  get cover(): Image | null | undefined;
  set cover(v: Image | null);
  /** Not a schema field: read through findImages(galleries INCLUDES), written through add/removeGalleryImages. */
  get images(): RelationList<Image>;
  set images(v: Iterable<Image>);
  readonly files: readonly GalleryFile[] | undefined;
  readonly chapters: readonly GalleryChapter[] | undefined;
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class Gallery extends Entity {
  static override readonly typename = 'Gallery';
  static override readonly relations = defineRelations('Gallery', {
    studio: belongsTo('Studio'),
    tags: habtm('Tag'),
    performers: habtm('Performer'),
    scenes: habtm('Scene', { inverse: 'galleries' }),
    // The schema has no cover input field: the cover has its own pair of mutations.
    cover: belongsTo('Image', {
      write: (gallery_id, cover_image_id) =>
        cover_image_id === null
          ? { mutation: 'resetGalleryCover', variables: { input: { gallery_id } } }
          : { mutation: 'setGalleryCover', variables: { input: { gallery_id, cover_image_id } } },
    }),
    // Membership is written by add/removeGalleryImages, not by bulkImageUpdate, to match Stash's own UI path.
    images: hasMany('Image', {
      inverse: 'galleries',
      write: (gallery_id, added, removed) => [
        ...(added.length
          ? [{ mutation: 'addGalleryImages', variables: { input: { gallery_id, image_ids: added } } }]
          : []),
        ...(removed.length
          ? [{ mutation: 'removeGalleryImages', variables: { input: { gallery_id, image_ids: removed } } }]
          : []),
      ],
    }),
  });
}
registerEntity(Gallery);
