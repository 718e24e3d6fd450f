import { defineEntity } from '../defineEntity.js';
import { registerEntity } from '../registerEntity.js';

/** Created and updated by the single upsert `saveFilter`, which needs the whole filter every time. */
export class SavedFilter extends defineEntity('SavedFilter') {}
registerEntity(SavedFilter);
