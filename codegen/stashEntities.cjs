// The schema has no notion of "entity"; this list is the one hand-written choice: the orm's entity classes, each with
// a find query of `find<Plural>(<snake>_filter:)`. Both codegen plugins (entity metadata, type maps) read it.
module.exports = [
  'Scene',
  'Image',
  'Gallery',
  'GalleryChapter',
  'Performer',
  'Studio',
  'Tag',
  'Group',
  'SceneMarker',
  'SavedFilter',
  'VideoFile',
  'ImageFile',
  'GalleryFile',
  'Folder',
];
