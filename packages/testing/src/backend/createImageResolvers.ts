import type { BackendContext } from './BackendContext.js';
import type { BackendServices, ImageApi } from './BackendServices.js';
import { createCrud } from './createCrud.js';
import { EntityStore } from './EntityStore.js';
import { atoi, type Input, parseId, parseIds } from './inputs.js';
import { byId, byTagSort, type ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';
import type { LibraryFile } from './VirtualLibrary.js';

/** Images: internal/api/resolver_mutation_image.go, resolver_model_image.go. Images only come from files (scan/seed). */
export function createImageResolvers(
  ctx: BackendContext,
  services: Pick<BackendServices, 'files'>,
): ResolverModule & { api: ImageApi } {
  const { state } = ctx;
  const L = state.links;

  const store = new EntityStore(ctx, {
    kind: 'image',
    typeName: 'Image',
    relations: [
      {
        input: 'studio_id',
        link: 'imageStudio',
        target: 'studio',
        join: ['images', 'id', 'studio_id'],
        single: true,
        label: 'studio id',
      },
      {
        input: 'performer_ids',
        link: 'imagePerformers',
        target: 'performer',
        join: ['performers_images', 'image_id', 'performer_id'],
        label: 'performer ids',
      },
      {
        input: 'tag_ids',
        link: 'imageTags',
        target: 'tag',
        join: ['images_tags', 'image_id', 'tag_id'],
        label: 'tag ids',
      },
      {
        input: 'gallery_ids',
        link: 'imageGalleries',
        target: 'gallery',
        join: ['galleries_images', 'image_id', 'gallery_id'],
        label: 'gallery ids',
      },
    ],
    defaults: { o_counter: 0 },
    proto: {
      url() {
        return (this.urls as string[])[0] ?? null;
      },
      files() {
        return ctx.rows('file', L.imageFiles.get(this.id)).filter((f) => f.__typename === 'ImageFile');
      },
      visual_files() {
        return ctx.rows('file', L.imageFiles.get(this.id));
      },
      paths() {
        const base = `${ctx.baseUrl}/image/${this.id}`;
        const t = Math.floor(Date.parse(this.updated_at) / 1000);
        return {
          thumbnail: `${base}/thumbnail?t=${t}`,
          preview: `${base}/preview?t=${t}`,
          image: `${base}/image?t=${t}`,
        };
      },
      galleries() {
        return ctx.rows('gallery', L.imageGalleries.get(this.id));
      },
      studio() {
        return state.studios.get(L.imageStudio.first(this.id)) ?? null;
      },
      tags() {
        return byTagSort(ctx.rows('tag', L.imageTags.get(this.id)));
      },
      performers() {
        return byId(ctx.rows('performer', L.imagePerformers.get(this.id)));
      },
    },
  });

  const crud = createCrud(ctx, store, {
    createInput: 'ImageUpdateInput',
    updateInput: 'ImageUpdateInput',
    bulkInput: 'BulkImageUpdateInput',
    notFound: (id) => `image with id ${id} not found`,
    destroyNotFound: (id) => `image with id ${id} not found`,
    validateUpdate: (row, i, bulk) => {
      if (!bulk && i.primary_file_id != null) {
        const f = parseId(i.primary_file_id, 'primary file id');
        if (!L.imageFiles.get(row.id).includes(f)) throw new Error(`file with id ${f} not associated with image`);
      }
    },
    afterUpdate: (row, i, bulk) => {
      if (!bulk && i.primary_file_id != null) {
        const f = String(Number(i.primary_file_id));
        L.imageFiles.set(row.id, [f, ...L.imageFiles.get(row.id).filter((x) => x !== f)]);
      }
    },
  });

  const requireImage = (id: string) => {
    const r = state.images.get(id);
    if (!r) throw new Error(`image with id ${id} not found`);
    return r;
  };
  const setO = (id: unknown, f: (n: number) => number) => {
    const r = requireImage(parseId(id));
    r.o_counter = Math.max(0, f(Number(r.o_counter ?? 0)));
    r.updated_at = ctx.now();
    return r.o_counter;
  };

  /** Seed/scan helper: an image for existing file rows (Stash has no imageCreate mutation). */
  const createForFiles = (input: Input): Row => {
    const i = { ...input };
    const fileIds = parseIds(i.file_ids);
    delete i.file_ids;
    const row = crud.createRaw(i);
    L.imageFiles.set(row.id, fileIds);
    return row;
  };

  return {
    api: {
      createForFiles,
      seed: (input) => {
        const i = { ...input };
        const files = (i.files as LibraryFile[] | undefined) ?? [];
        delete i.files;
        const fileIds = files.map((f) => services.files.ensureFile(f).id);
        return createForFiles({ ...i, file_ids: fileIds });
      },
    },
    stores: { image: store },
    query: {
      findImage: ({ id, checksum }) => {
        if (id != null) return state.images.get(atoi(id)) ?? null;
        if (checksum != null) {
          for (const f of state.filesByFingerprint('md5', String(checksum))) {
            const img = L.imageFiles.inverse(f).values().next().value;
            if (img) return state.images.get(img) ?? null;
          }
        }
        return null;
      },
      allImages: () => [...state.images.values()],
    },
    mutation: {
      imageUpdate: crud.update,
      imagesUpdate: crud.updateMany,
      bulkImageUpdate: crud.bulk,
      imageDestroy: crud.destroy,
      imagesDestroy: ({ input }) => crud.destroyMany((input as Input).ids),
      imageIncrementO: ({ id }) => setO(id, (n) => n + 1),
      imageDecrementO: ({ id }) => setO(id, (n) => n - 1),
      imageResetO: ({ id }) => setO(id, () => 0),
    },
  };
}
