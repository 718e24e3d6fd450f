import type { BackendContext } from './BackendContext.js';
import { createCrud } from './createCrud.js';
import { EntityStore } from './EntityStore.js';
import { atoi, type Input, parseId, parseIds, type UpdateMode } from './inputs.js';
import { byId, byTagSort, type ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';

/** Galleries and chapters: internal/api/resolver_mutation_gallery.go, resolver_model_gallery.go. */
export function createGalleryResolvers(ctx: BackendContext): ResolverModule {
  const { state } = ctx;
  const L = state.links;
  const imagesOf = (id: string) => L.imageGalleries.inverse(id);
  const sortedImages = (id: string) => ctx.rows('image', imagesOf(id));

  const store = new EntityStore(ctx, {
    kind: 'gallery',
    typeName: 'Gallery',
    relations: [
      {
        input: 'studio_id',
        link: 'galleryStudio',
        target: 'studio',
        join: ['galleries', 'id', 'studio_id'],
        single: true,
        label: 'studio id',
      },
      {
        input: 'performer_ids',
        link: 'galleryPerformers',
        target: 'performer',
        join: ['performers_galleries', 'gallery_id', 'performer_id'],
        label: 'performer ids',
      },
      {
        input: 'tag_ids',
        link: 'galleryTags',
        target: 'tag',
        join: ['galleries_tags', 'gallery_id', 'tag_id'],
        label: 'tag ids',
      },
    ],
    proto: {
      url() {
        return (this.urls as string[])[0] ?? null;
      },
      files() {
        return ctx.rows('file', L.galleryFiles.get(this.id));
      },
      folder() {
        return state.folders.get(L.galleryFolder.first(this.id)) ?? null;
      },
      chapters() {
        return ctx
          .rows('galleryChapter', L.chapterGallery.inverse(this.id))
          .sort((a, b) => Number(a.image_index) - Number(b.image_index));
      },
      scenes() {
        return ctx.rows('scene', L.sceneGalleries.inverse(this.id));
      },
      studio() {
        return state.studios.get(L.galleryStudio.first(this.id)) ?? null;
      },
      image_count() {
        return imagesOf(this.id).size;
      },
      tags() {
        return byTagSort(ctx.rows('tag', L.galleryTags.get(this.id)));
      },
      performers() {
        return byId(ctx.rows('performer', L.galleryPerformers.get(this.id)));
      },
      cover() {
        return state.images.get(L.galleryCover.first(this.id)) ?? sortedImages(this.id)[0] ?? null;
      },
      paths() {
        const base = `${ctx.baseUrl}/gallery/${this.id}`;
        return { cover: `${base}/cover`, preview: `${base}/preview` };
      },
      image(a) {
        const img = sortedImages(this.id)[Number(a.index)];
        if (!img) throw new Error(`index ${a.index} out of range`);
        return img;
      },
    },
  });

  /** scene_ids lives on the scene side of scenes_galleries. */
  function setScenes(galleryId: string, ids: string[], mode: UpdateMode): void {
    const current = [...L.sceneGalleries.inverse(galleryId)];
    const next = mode === 'SET' ? ids : mode === 'ADD' ? [...current, ...ids] : current.filter((s) => !ids.includes(s));
    for (const s of current) if (!next.includes(s)) L.sceneGalleries.remove(s, [galleryId]);
    for (const s of next) if (!current.includes(s)) L.sceneGalleries.add(s, [galleryId]);
  }

  function readScenes(i: Input, bulk: boolean): { ids: string[]; mode: UpdateMode } | undefined {
    if (!Object.hasOwn(i, 'scene_ids') || i.scene_ids === undefined) return undefined;
    if (bulk) {
      const b = i.scene_ids as { ids?: unknown; mode: UpdateMode } | null;
      return b ? { ids: parseIds(b.ids, 'scene ids'), mode: b.mode } : undefined;
    }
    return { ids: parseIds(i.scene_ids, 'scene ids'), mode: 'SET' };
  }

  function checkScenes(owner: string, ids: string[]): void {
    for (const s of ids) {
      if (!state.scenes.has(s)) {
        throw new Error(
          `error executing \`INSERT INTO scenes_galleries (gallery_id, scene_id) VALUES (?, ?) ON CONFLICT (gallery_id, scene_id) DO NOTHING\` [[${owner} ${s}]]: FOREIGN KEY constraint failed`,
        );
      }
    }
  }

  const isUserCreated = (id: string) => L.galleryFiles.get(id).length === 0 && L.galleryFolder.get(id).length === 0;

  // galleryUpdate sets the title with NewOptionalString(*input.Title): null is ignored and the value is not trimmed
  const galleryUpdateInput = (i: Input): Input => {
    if (!Object.hasOwn(i, 'title')) return i;
    const { title, ...rest } = i;
    return title == null ? rest : i;
  };

  const crud = createCrud(ctx, store, {
    createInput: 'GalleryCreateInput',
    updateInput: 'GalleryUpdateInput',
    bulkInput: 'BulkGalleryUpdateInput',
    notFound: (id) => `gallery with id ${id} not found`,
    destroyNotFound: (id) => `gallery with id ${id} not found`,
    validateCreate: (i) => {
      const sc = readScenes(i, false);
      if (sc) checkScenes(state.galleries.peekId(), sc.ids);
      return undefined;
    },
    afterCreate: (row, i) => {
      const sc = readScenes(i, false);
      if (sc) setScenes(row.id, sc.ids, 'SET');
    },
    validateUpdate: (row, i, bulk) => {
      // `if input.Title != nil`: null leaves the title alone, only an exact "" is refused (not trimmed first)
      if (!bulk && i.title === '' && isUserCreated(row.id)) {
        throw new Error('title must not be empty for user-created galleries');
      }
      if (!bulk && i.primary_file_id != null) {
        const f = parseId(i.primary_file_id, 'primary file id');
        if (!L.galleryFiles.get(row.id).includes(f)) throw new Error(`file with id ${f} not associated with gallery`);
      }
      const sc = readScenes(i, bulk);
      if (sc && sc.mode !== 'REMOVE') checkScenes(row.id, sc.ids);
    },
    mutate: (row, i) => {
      if (typeof i.title === 'string') row.title = i.title;
    },
    afterUpdate: (row, i, bulk) => {
      const sc = readScenes(i, bulk);
      if (sc) setScenes(row.id, sc.ids, sc.mode);
    },
  });

  const requireGallery = (id: string) => {
    const g = state.galleries.get(id);
    if (!g) throw new Error(`gallery with id ${id} not found`);
    return g;
  };

  const chapters = new EntityStore(ctx, {
    kind: 'galleryChapter',
    typeName: 'GalleryChapter',
    relations: [],
    proto: {
      gallery() {
        return state.galleries.get(L.chapterGallery.first(this.id));
      },
    },
  });

  const checkIndex = (galleryId: string, index: number) => {
    if (index > imagesOf(galleryId).size || index < 1)
      throw new Error('Image # must greater than zero and in range of the gallery images');
  };

  return {
    stores: { gallery: store, galleryChapter: chapters },
    query: {
      findGallery: ({ id }) => state.galleries.get(atoi(id)) ?? null,
      allGalleries: () => [...state.galleries.values()],
    },
    mutation: {
      galleryCreate: ({ input }) => {
        const i = input as Input;
        // checked before trimming: "  " passes and is stored as "" (resolver_mutation_gallery.go)
        if (i.title === '') throw new Error('title must not be empty');
        return crud.createRaw(i);
      },
      galleryUpdate: ({ input }) => crud.update({ input: galleryUpdateInput(input as Input) }),
      galleriesUpdate: ({ input }) => crud.updateMany({ input: (input as Input[]).map(galleryUpdateInput) }),
      bulkGalleryUpdate: crud.bulk,
      galleryDestroy: ({ input }) => crud.destroyMany((input as Input).ids),
      addGalleryImages: ({ input }) => {
        const i = input as Input;
        const gid = parseId(i.gallery_id, 'gallery id');
        const ids = parseIds(i.image_ids, 'image ids');
        requireGallery(gid);
        for (const im of ids) {
          if (!state.images.has(im)) throw new Error(`image with id ${im} not found`);
        }
        for (const im of ids) L.imageGalleries.add(im, [gid]);
        return true;
      },
      removeGalleryImages: ({ input }) => {
        const i = input as Input;
        const gid = parseId(i.gallery_id, 'gallery id');
        const ids = parseIds(i.image_ids, 'image ids');
        requireGallery(gid);
        for (const im of ids) L.imageGalleries.remove(im, [gid]);
        return true;
      },
      setGalleryCover: ({ input }) => {
        const i = input as Input;
        const gid = parseId(i.gallery_id, 'gallery id');
        const img = parseId(i.cover_image_id, 'cover image id');
        requireGallery(gid);
        L.galleryCover.set(gid, [img]);
        return true;
      },
      resetGalleryCover: ({ input }) => {
        const gid = parseId((input as Input).gallery_id, 'gallery id');
        requireGallery(gid);
        L.galleryCover.set(gid, []);
        return true;
      },
      galleryChapterCreate: ({ input }) => {
        const i = input as Input;
        const gid = parseId(i.gallery_id, 'gallery id');
        checkIndex(gid, Number(i.image_index));
        if (!state.galleries.has(gid))
          throw new Error('inserting into galleries_chapters: FOREIGN KEY constraint failed');
        const row = chapters.create(i, 'GalleryChapterCreateInput');
        L.chapterGallery.set(row.id, [gid]);
        return row;
      },
      galleryChapterUpdate: ({ input }) => {
        const i = input as Input;
        const id = parseId(i.id);
        const row = state.tables.galleryChapter.get(id);
        if (!row) throw new Error(`gallery chapter with id ${id} not found`);
        const gid = i.gallery_id != null ? parseId(i.gallery_id, 'gallery id') : (L.chapterGallery.first(id) as string);
        const index = i.image_index != null ? Number(i.image_index) : Number(row.image_index);
        checkIndex(gid, index);
        chapters.update(row, i, 'GalleryChapterUpdateInput', { changes: [] });
        L.chapterGallery.set(id, [gid]);
        return row;
      },
      galleryChapterDestroy: ({ id }) => {
        const cid = parseId(id);
        if (!state.tables.galleryChapter.has(cid)) throw new Error(`gallery chapter with id ${cid} not found`);
        chapters.destroy(cid);
        return true;
      },
    },
  };
}

export type { Row };
