import type { BackendContext } from './BackendContext.js';
import type { FindSpec } from './FindEngine.js';
import { createFindHelpers } from './find/createFindHelpers.js';
import { fileFind } from './find/fileFind.js';
import { folderFind } from './find/folderFind.js';
import { galleryFind } from './find/galleryFind.js';
import { groupFind } from './find/groupFind.js';
import { imageFind } from './find/imageFind.js';
import { performerFind } from './find/performerFind.js';
import { sceneFind } from './find/sceneFind.js';
import { sceneMarkerFind } from './find/sceneMarkerFind.js';
import { studioFind } from './find/studioFind.js';
import { tagFind } from './find/tagFind.js';

/**
 * Per-entity filter/sort tables, one module per entity under find/. Fields not listed fall back to the row column
 * of the same name (title, rating100, organized, ...). Sort allow-lists come from the `*SortOptions` variables in
 * pkg/sqlite/<entity>.go (codegen's ENTITY_SORT_OPTIONS).
 */
export function createFindSpecs(ctx: BackendContext): FindSpec[] {
  const h = createFindHelpers(ctx);
  return [
    sceneFind(ctx, h),
    imageFind(ctx, h),
    galleryFind(ctx, h),
    performerFind(ctx, h),
    studioFind(ctx, h),
    tagFind(ctx, h),
    groupFind(ctx, h),
    sceneMarkerFind(ctx, h),
    fileFind(ctx),
    folderFind(ctx),
  ];
}
