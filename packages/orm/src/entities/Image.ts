import { belongsTo, defineRelations, habtm } from '../defineRelations.js';
import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import type { RelationList } from '../RelationList.js';
import { registerEntity } from '../registerEntity.js';
import type { Gallery } from './Gallery.js';
import type { ImageFile } from './ImageFile.js';
import type { Performer } from './Performer.js';
import type { Studio } from './Studio.js';
import type { Tag } from './Tag.js';

type Rel = 'studio' | 'tags' | 'performers' | 'galleries' | 'files' | 'visual_files';
export interface Image extends SchemaFields<'Image', Rel> {
  get studio(): Studio | null | undefined;
  set studio(v: Studio | null);
  get tags(): RelationList<Tag>;
  set tags(v: Iterable<Tag>);
  get performers(): RelationList<Performer>;
  set performers(v: Iterable<Performer>);
  get galleries(): RelationList<Gallery>;
  set galleries(v: Iterable<Gallery>);
  readonly files: readonly ImageFile[] | undefined;
}

/** Images are created by scans only (the schema has no imageCreate). */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class Image extends Entity {
  static override readonly typename = 'Image';
  static override readonly relations = defineRelations('Image', {
    studio: belongsTo('Studio'),
    tags: habtm('Tag'),
    performers: habtm('Performer'),
    galleries: habtm('Gallery'),
  });
}
registerEntity(Image);
