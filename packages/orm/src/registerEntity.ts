import { ENTITY_META, type EntityTypename } from '@stash-graphql/core/generated';
import { type EntityClass, registerFields, stateOf } from './Entity.js';
import { currentValue, type FieldInfo } from './entityState.js';
import { RelationList } from './RelationList.js';
import { writeField } from './writeField.js';

const isEntityType = (t: string): t is EntityTypename => Object.hasOwn(ENTITY_META, t);

/**
 * Builds the field table of an entity class from the schema metadata and its relations, and defines one accessor
 * per field on the prototype (so instances carry no per-field properties).
 */
export function registerEntity<C extends EntityClass>(cls: C): C {
  const meta = ENTITY_META[cls.typename];
  const fields = new Map<string, FieldInfo>();
  const names = new Set([...Object.keys(meta.fields), ...Object.keys(cls.relations)]);
  names.delete('id');
  for (const name of names) {
    const fieldMeta = meta.fields[name] ?? null;
    const relation = cls.relations[name] ?? null;
    const input =
      relation && relation.kind !== 'hasMany'
        ? relation.kind === 'belongsTo'
          ? relation.input
          : relation.input
        : relation
          ? null
          : (meta.inputFields[name] ?? null);
    // Entity-typed fields that are not declared relations (scene.files, gallery.chapters) are read-only references.
    const ref = !relation && fieldMeta && isEntityType(fieldMeta.type) ? fieldMeta.type : null;
    const writable = relation
      ? relation.kind !== 'belongsTo' || relation.input !== null || relation.write !== null
      : input !== null && !ref;
    fields.set(name, { name, meta: fieldMeta, relation, ref, input, writable });
  }
  registerFields(cls, fields);
  for (const info of fields.values()) {
    const isList = info.relation !== null && info.relation.kind !== 'belongsTo';
    Object.defineProperty(cls.prototype, info.name, {
      configurable: true,
      enumerable: false,
      get: isList
        ? function (this: InstanceType<C>) {
            return new RelationList(this, info);
          }
        : function (this: InstanceType<C>) {
            return currentValue(stateOf(this), info.name);
          },
      set(this: InstanceType<C>, value: unknown) {
        writeField(this, info.name, value);
      },
    });
  }
  return cls;
}
