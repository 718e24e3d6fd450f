import { defineEntity } from '../defineEntity.js';
import { belongsTo, habtm, hasMany } from '../defineRelations.js';
import { registerEntity } from '../registerEntity.js';

export class Gallery extends defineEntity('Gallery', {
  studio: belongsTo('Studio'),
  tags: habtm('Tag'),
  performers: habtm('Performer'),
  // The other side of Scene.galleries (declared there with its inverse).
  scenes: habtm('Scene'),
  // The schema has no cover input field: the cover has its own pair of mutations.
  cover: belongsTo('Image', {
    write: (gallery_id, cover_image_id) =>
      cover_image_id === null
        ? { mutation: 'resetGalleryCover', variables: { input: { gallery_id } } }
        : { mutation: 'setGalleryCover', variables: { input: { gallery_id, cover_image_id } } },
  }),
  // Not a schema field: read through findImages(galleries INCLUDES), written through add/removeGalleryImages, to
  // match Stash's own UI path (not bulkImageUpdate).
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
}) {}
registerEntity(Gallery);
