import type { Folder } from '../entities/Folder.js';
import type { Gallery } from '../entities/Gallery.js';
import type { GalleryChapter } from '../entities/GalleryChapter.js';
import type { GalleryFile } from '../entities/GalleryFile.js';
import type { Group } from '../entities/Group.js';
import type { Image } from '../entities/Image.js';
import type { ImageFile } from '../entities/ImageFile.js';
import type { Performer } from '../entities/Performer.js';
import type { SavedFilter } from '../entities/SavedFilter.js';
import type { Scene } from '../entities/Scene.js';
import type { SceneMarker } from '../entities/SceneMarker.js';
import type { Studio } from '../entities/Studio.js';
import type { Tag } from '../entities/Tag.js';
import type { VideoFile } from '../entities/VideoFile.js';

/** Each typename's entity class instance type: how relation targets (`belongsTo('Studio')`) become types. */
export interface EntityTypes {
  Scene: Scene;
  Image: Image;
  Gallery: Gallery;
  GalleryChapter: GalleryChapter;
  Performer: Performer;
  Studio: Studio;
  Tag: Tag;
  Group: Group;
  SceneMarker: SceneMarker;
  SavedFilter: SavedFilter;
  VideoFile: VideoFile;
  ImageFile: ImageFile;
  GalleryFile: GalleryFile;
  Folder: Folder;
}
