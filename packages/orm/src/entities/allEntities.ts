// Every entity class, so that hydration can build any type a payload names (and bundlers keep the registrations).
import { Folder } from './Folder.js';
import { Gallery } from './Gallery.js';
import { GalleryChapter } from './GalleryChapter.js';
import { GalleryFile } from './GalleryFile.js';
import { Group } from './Group.js';
import { Image } from './Image.js';
import { ImageFile } from './ImageFile.js';
import { Performer } from './Performer.js';
import { SavedFilter } from './SavedFilter.js';
import { Scene } from './Scene.js';
import { SceneMarker } from './SceneMarker.js';
import { Studio } from './Studio.js';
import { Tag } from './Tag.js';
import { VideoFile } from './VideoFile.js';

export const allEntities = [
  Scene,
  Image,
  Gallery,
  GalleryChapter,
  Performer,
  Studio,
  Tag,
  Group,
  SceneMarker,
  SavedFilter,
  VideoFile,
  ImageFile,
  GalleryFile,
  Folder,
] as const;
