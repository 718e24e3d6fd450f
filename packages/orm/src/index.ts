/**
 * Entities over the Stash schema: three-state fields, dirty tracking, relationships, side mutations, dependency-ordered batch saves.
 *
 * @packageDocumentation
 * @module @stash-graphql/orm
 */
export { buildSaveOperations, type SavePhase, type SavePlan, type SaveUnit } from './buildSaveOperations.js';
export { captureChanges } from './captureChanges.js';
export { isStashDate } from './checkValue.js';
export { commitPhases } from './commitOrder.js';
export { type BuiltInput, buildInput, type ChangeSet, computeChangeSet } from './computeChangeSet.js';
export { defineEntity, type EntityBase } from './defineEntity.js';
export {
  type BelongsTo,
  type BelongsToWrite,
  belongsTo,
  defineRelations,
  type Habtm,
  type HasMany,
  type HasManyThrough,
  type HasManyWrite,
  habtm,
  hasMany,
  hasManyThrough,
  inverseOf,
  type Relation,
  type Relations,
  type SideOperation,
  type Spec,
} from './defineRelations.js';
export { type DeleteOptions, deleteEntity } from './deleteEntity.js';
export { Entity, type EntityClass, entityClass } from './Entity.js';
export { allEntities } from './entities/allEntities.js';
export { Folder } from './entities/Folder.js';
export { Gallery } from './entities/Gallery.js';
export { GalleryChapter } from './entities/GalleryChapter.js';
export { GalleryFile } from './entities/GalleryFile.js';
export { Group, type GroupDescriptionItem } from './entities/Group.js';
export { Image } from './entities/Image.js';
export { ImageFile } from './entities/ImageFile.js';
export { Performer } from './entities/Performer.js';
export { SavedFilter } from './entities/SavedFilter.js';
export { Scene, type SceneGroupItem } from './entities/Scene.js';
export { SceneMarker } from './entities/SceneMarker.js';
export { Studio } from './entities/Studio.js';
export { Tag } from './entities/Tag.js';
export { VideoFile } from './entities/VideoFile.js';
export { TEMP_ID_PREFIX } from './entityState.js';
export type { SchemaFields } from './entityTypes.js';
export { formatPlan } from './formatPlan.js';
export { type HydrateOptions, hydrate, hydrateMany } from './hydrate.js';
export { type Hold, IdentityMap, identify } from './IdentityMap.js';
export { type MergeOptions, mergeEntities } from './mergeEntities.js';
export { PlannedSave, type PlanSaveOptions, planSave } from './planSave.js';
export type {
  EntityChanges,
  FieldChange,
  ListChange,
  PlanField,
  PlannedOperation,
  PlannedRequest,
  PlanRef,
  PlanRefusal,
  PlanValue,
  SavePlanJSON,
} from './planTypes.js';
export { type PopulationStrategy, populate, populateQuery, populationStrategy } from './populate.js';
export { RelationList } from './RelationList.js';
export { StashOrmError, type StashOrmErrorCode } from './StashOrmError.js';
export { type SaveOptions, type SaveResult, saveMany } from './saveMany.js';
export type { EntityShape, EntityValues, RelationsOf, ValuesOf } from './types/EntityShape.js';
export type { EntityTypes } from './types/EntityTypes.js';
export type { FieldPath } from './types/FieldPath.js';

import { buildInput as ownInput } from './computeChangeSet.js';
import { deleteEntity as destroy } from './deleteEntity.js';
import { mergeEntities as merge } from './mergeEntities.js';
import { saveMany as save } from './saveMany.js';
import { installUnitOfWork } from './unitOfWork.js';

// Entities delegate save/delete/merge here; they never import these modules themselves (no import cycle).
installUnitOfWork({
  save,
  delete: destroy,
  merge,
  changedFields: (e) => ownInput(e)?.input ?? { id: e.id },
});
