import { belongsTo, defineRelations, habtm, hasManyThrough } from '../defineRelations.js';
import { Entity } from '../Entity.js';
import type { SchemaFields } from '../entityTypes.js';
import type { RelationList } from '../RelationList.js';
import { registerEntity } from '../registerEntity.js';
import type { Studio } from './Studio.js';
import { idOf } from './stashIdInput.js';
import type { Tag } from './Tag.js';

/** A group in a group's `sub_groups` / `containing_groups` (GroupDescription). */
export interface GroupDescriptionItem {
  group: Group;
  description?: string | null | undefined;
}

type Rel = 'studio' | 'tags' | 'containing_groups' | 'sub_groups' | 'scenes';
export interface Group extends SchemaFields<'Group', Rel> {
  get studio(): Studio | null | undefined;
  set studio(v: Studio | null);
  get tags(): RelationList<Tag>;
  set tags(v: Iterable<Tag>);
  get sub_groups(): RelationList<GroupDescriptionItem>;
  set sub_groups(v: Iterable<GroupDescriptionItem>);
  get containing_groups(): RelationList<GroupDescriptionItem>;
  set containing_groups(v: Iterable<GroupDescriptionItem>);
}

const groupDescriptionInput = (item: Record<string, unknown>) => ({
  group_id: idOf(item.group),
  description: item.description ?? null,
});

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the accessors registerEntity defines.
export class Group extends Entity {
  static override readonly typename = 'Group';
  static override readonly relations = defineRelations('Group', {
    studio: belongsTo('Studio'),
    tags: habtm('Tag'),
    sub_groups: hasManyThrough('Group', { via: 'group', transform: groupDescriptionInput }),
    containing_groups: hasManyThrough('Group', { via: 'group', transform: groupDescriptionInput }),
  });
}
registerEntity(Group);
