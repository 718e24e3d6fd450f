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
 * Per-entity filter/sort tables. Fields not listed fall back to the row column of
 * the same name (title, rating100, organized, ...). Sort allow-lists are copied
 * from the `*SortOptions` variables in pkg/sqlite/<entity>.go.
 */
export function createFindSpecs(ctx: BackendContext): FindSpec[] {
  const { state } = ctx;
  const _L = state.links;
  const h = createFindHelpers(ctx);
  const { tagChildren, studioChildren, groupChildren, name, age, isMissing, byNameCandidates } = h;

  const scene = sceneFind(ctx, h);

  const image = imageFind(ctx, h);

  const gallery = galleryFind(ctx, h);

  const performer = performerFind(ctx, h);

  const studio = studioFind(ctx, h);

  const tag = tagFind(ctx, h);

  const group = groupFind(ctx, h);

  const sceneMarker = sceneMarkerFind(ctx, h);

  const file = fileFind(ctx);

  const folder = folderFind(ctx);

  return [scene, image, gallery, performer, studio, tag, group, sceneMarker, file, folder];
}
