import { describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { fixtures, idsOf } from './support/fixtures.js';
import { imagesUnder, scanFolder } from './support/scan.js';
import { CAN_SCAN, useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/** Two fresh PNGs in their own folder, scanned; returns the folder and the images Stash made of them. */
async function scannedImages(label: string) {
  const folder = `${target.library.root}/${target.name(label)}`;
  const rel = folder.slice(target.library.root.length + 1);
  await target.library.addImage(`${rel}/a.png`, { width: 64, height: 48 });
  await target.library.addImage(`${rel}/b.png`, { width: 30, height: 40 });
  const job = await scanFolder(target, folder);
  expect(job.status).toBe('FINISHED');
  const { images } = await imagesUnder(target, folder);
  expect(images).toHaveLength(2);
  return { folder, images };
}

describe('galleries', () => {
  it('galleryCreate stores scalars and relations; the scene side sees the gallery', async () => {
    const studio = await make.studio('g-studio');
    const performer = await make.performer('g-perf');
    const tag = await make.tag('g-tag');
    const scene = await make.scene('g-scene');
    const title = target.name('full');
    const input = {
      title,
      code: 'G-1',
      details: 'gallery details',
      photographer: 'pho',
      date: '2019-09-09',
      rating100: 45,
      organized: true,
      urls: ['https://example.com/g'],
      studio_id: studio.id,
      performer_ids: [performer.id],
      tag_ids: [tag.id],
      scene_ids: [scene.id],
    };
    const gallery = target.track('gallery', (await target.client.galleryCreate({ input }))?.id);
    expect(target.sent.last('GalleryCreate')).toEqual({ input });
    const found = await target.client.findGallery({ id: gallery! });
    expect(found).toMatchObject({
      title,
      code: 'G-1',
      details: 'gallery details',
      photographer: 'pho',
      date: '2019-09-09',
      rating100: 45,
      organized: true,
      urls: ['https://example.com/g'],
      image_count: 0,
      files: [],
      folder: null,
      cover: null,
      chapters: [],
      studio: { id: studio.id, name: studio.name },
      performers: [{ id: performer.id, name: performer.name }],
      tags: [{ id: tag.id, name: tag.name }],
      scenes: [{ id: scene.id, title: scene.title }],
    });
    expect((await target.client.findScene({ id: scene.id }))?.galleries).toEqual([{ id: gallery, title }]);
  });

  it('galleryCreate needs a title; a user-created gallery cannot lose it', async () => {
    await executionError(target.client.galleryCreate({ input: { title: '' } }), 'title must not be empty', [
      'galleryCreate',
    ]);
    expect(target.sent.last('GalleryCreate')).toEqual({ input: { title: '' } });
    const g = await make.gallery('keep-title');
    await executionError(
      target.client.galleryUpdate({ input: { id: g.id, title: '' } }),
      'title must not be empty for user-created galleries',
      ['galleryUpdate'],
    );
    expect(target.sent.last('GalleryUpdate')).toEqual({ input: { id: g.id, title: '' } });
    // `if input.Title != nil`: a null title is ignored, the title stays
    const kept = await target.client.galleryUpdate({ input: { id: g.id, title: null } });
    expect(target.sent.last('GalleryUpdate')).toEqual({ input: { id: g.id, title: null } });
    expect(kept?.title).toBe(g.title);
    // the update value is not trimmed (only "" is refused)
    expect((await target.client.galleryUpdate({ input: { id: g.id, title: '  ' } }))?.title).toBe('  ');
  });

  it('galleryUpdate is partial and scene_ids replaces the linked scenes', async () => {
    const s1 = await make.scene('gs1');
    const s2 = await make.scene('gs2');
    const g = await make.gallery('partial', { details: 'keep', scene_ids: [s1.id] });
    const input = { id: g.id, scene_ids: [s2.id], rating100: 10 };
    const updated = await target.client.galleryUpdate({ input });
    expect(target.sent.last('GalleryUpdate')).toEqual({ input });
    expect(updated).toMatchObject({ title: g.title, details: 'keep', rating100: 10 });
    expect(idsOf(updated?.scenes ?? [])).toEqual([s2.id]);
    expect((await target.client.findScene({ id: s1.id }))?.galleries).toEqual([]);
  });

  it('a chapter must point at an image inside the gallery', async () => {
    const g = await make.gallery('chapters');
    const input = { gallery_id: g.id, title: 'ch', image_index: 1 };
    await executionError(
      target.client.galleryChapterCreate({ input }),
      'Image # must greater than zero and in range of the gallery images',
      ['galleryChapterCreate'],
    );
    expect(target.sent.last('GalleryChapterCreate')).toEqual({ input });
    expect((await target.client.findGallery({ id: g.id }))?.chapters).toEqual([]);
  });

  it('galleryDestroy removes user galleries and unlinks their scenes', async () => {
    const scene = await make.scene('g-destroy');
    const g1 = await make.gallery('destroy1', { scene_ids: [scene.id] });
    const g2 = await make.gallery('destroy2');
    const input = { ids: [g1.id, g2.id], delete_file: false, delete_generated: true };
    expect(await target.client.galleryDestroy({ input })).toBe(true);
    expect(target.sent.last('GalleryDestroy')).toEqual({ input });
    // FindMany fails the whole find on the first missing id (pkg/sqlite/gallery.go)
    await executionError(target.client.findGalleries({ ids: [g1.id, g2.id] }), `gallery with id ${g1.id} not found`);
    expect(await target.client.findGallery({ id: g2.id })).toBeNull();
    expect((await target.client.findScene({ id: scene.id }))?.galleries).toEqual([]);
  });
});

describe.runIf(CAN_SCAN)('images (from a scan)', () => {
  it('metadataScan turns image files into images with their dimensions', async () => {
    const { folder, images } = await scannedImages('scan');
    expect(target.sent.last('MetadataScan')).toEqual({ input: { paths: [folder] } });
    expect(
      images.map((i) => {
        const f = i.visual_files[0] as { path: string; width: number; height: number };
        return [f.path, f.width, f.height];
      }),
    ).toEqual([
      [`${folder}/a.png`, 64, 48],
      [`${folder}/b.png`, 30, 40],
    ]);
    expect(images.map((i) => [i.o_counter, i.organized, i.rating100])).toEqual([
      [0, false, null],
      [0, false, null],
    ]);
  });

  it('imageUpdate is partial; imageIncrementO / imageDecrementO / imageResetO count', async () => {
    const { images } = await scannedImages('update');
    const [img] = images as [(typeof images)[number]];
    const tag = await make.tag('img-tag');
    const input = { id: img.id, title: target.name('img'), rating100: 75, tag_ids: [tag.id] };
    const updated = await target.client.imageUpdate({ input });
    expect(target.sent.last('ImageUpdate')).toEqual({ input });
    expect(updated).toMatchObject({ title: input.title, rating100: 75, tags: [{ id: tag.id, name: tag.name }] });
    expect(await target.client.imageIncrementO({ id: img.id })).toBe(1);
    expect(await target.client.imageIncrementO({ id: img.id })).toBe(2);
    expect(await target.client.imageDecrementO({ id: img.id })).toBe(1);
    expect((await target.client.findImage({ id: img.id }))?.o_counter).toBe(1);
    expect(await target.client.imageResetO({ id: img.id })).toBe(0);
    expect(target.sent.last('ImageResetO')).toEqual({ id: img.id });
  });

  it('addGalleryImages / removeGalleryImages change image_count, and chapters can then be made', async () => {
    const { images } = await scannedImages('gallery');
    const g = await make.gallery('with-images');
    const input = { gallery_id: g.id, image_ids: idsOf(images) };
    expect(await target.client.addGalleryImages({ input })).toBe(true);
    expect(target.sent.last('AddGalleryImages')).toEqual({ input });
    expect((await target.client.findGallery({ id: g.id }))?.image_count).toBe(2);
    const chapter = await target.client.galleryChapterCreate({
      input: { gallery_id: g.id, title: 'second', image_index: 2 },
    });
    expect(chapter).toMatchObject({ title: 'second', image_index: 2 });
    const remove = { gallery_id: g.id, image_ids: [images[0]!.id] };
    expect(await target.client.removeGalleryImages({ input: remove })).toBe(true);
    expect((await target.client.findGallery({ id: g.id }))?.image_count).toBe(1);
    expect(idsOf((await target.client.findImage({ id: images[1]!.id }))?.galleries ?? [])).toEqual([g.id]);
  });
});
