import { defineEntity } from '../defineEntity.js';
import { belongsTo, habtm, hasManyThrough } from '../defineRelations.js';
import { registerEntity } from '../registerEntity.js';
import { idOf } from './stashIdInput.js';

/** A group in a group's `sub_groups` / `containing_groups` (GroupDescription). */
export interface GroupDescriptionItem {
  group: Group;
  description?: string | null | undefined;
}

const groupDescriptionInput = (item: GroupDescriptionItem) => ({
  group_id: idOf(item.group),
  description: item.description ?? null,
});

export class Group extends defineEntity('Group', {
  studio: belongsTo('Studio'),
  tags: habtm('Tag'),
  sub_groups: hasManyThrough('Group', { via: 'group', transform: groupDescriptionInput }),
  containing_groups: hasManyThrough('Group', { via: 'group', transform: groupDescriptionInput }),
}) {}
registerEntity(Group);
