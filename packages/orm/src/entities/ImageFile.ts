import { defineEntity } from '../defineEntity.js';
import { registerEntity } from '../registerEntity.js';

/** Read-only: files and folders are written by scans, not by this layer. */
export class ImageFile extends defineEntity('ImageFile') {}
registerEntity(ImageFile);
