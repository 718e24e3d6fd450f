import { Gallery, hydrate, IdentityMap, Image, populate, Scene, Studio, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { mutationRequests, sent, useFakeStash } from './support.js';

const ctx = useFakeStash();

describe('side mutations', () => {
  it('tag.scenes add/remove go through bulkSceneUpdate of the other side', async () => {
    const tag = new Tag({ name: 'side' });
    const scenes = [new Scene({ title: 'x', tags: [tag] }), new Scene({ title: 'y' })];
    const { saveMany } = await import('@stash-graphql/orm');
    await saveMany(ctx.client, scenes);
    const [x, y] = scenes as [Scene, Scene];
    const identityMap = new IdentityMap();
    identityMap.add(x);
    identityMap.add(y);
    await populate(ctx.client, tag, 'scenes', { identityMap });
    ctx.stash.requests.clear();
    tag.scenes.add(y);
    tag.scenes.remove(x);
    expect(tag.getChangedFields()).toEqual({ id: tag.id });
    await tag.save(ctx.client);
    expect(sent(ctx.stash, 'bulkSceneUpdate')).toEqual([
      { input: { ids: [y.id], tag_ids: { ids: [tag.id], mode: 'ADD' } } },
      { input: { ids: [x.id], tag_ids: { ids: [tag.id], mode: 'REMOVE' } } },
    ]);
    expect(tag.isDirty()).toBe(false);
    expect(tag.scenes.toArray()).toEqual([y]);
    const found = await ctx.client.findScenes({ ids: [x.id, y.id] });
    expect(found.scenes.map((s) => s.tags.map((t) => t.id))).toEqual([[], [tag.id]]);
  });

  it('studio.scenes add sets studio_id in bulk', async () => {
    const studio = new Studio({ name: 'st' });
    await studio.save(ctx.client);
    const scene = new Scene({ title: 'z' });
    await scene.save(ctx.client);
    ctx.stash.requests.clear();
    studio.scenes.add(scene); // never loaded: recorded as ADD
    await studio.save(ctx.client);
    expect(sent(ctx.stash, 'bulkSceneUpdate')).toEqual([{ input: { ids: [scene.id], studio_id: studio.id } }]);
    expect((await ctx.client.findScene({ id: scene.id }))?.studio?.id).toBe(studio.id);
  });

  it("a gallery's cover and image membership", async () => {
    ctx.stash.library.addFile({ path: '/lib/pics/one.jpg' });
    ctx.stash.library.addFile({ path: '/lib/pics/two.jpg' });
    await ctx.client.scan({ paths: ['/lib'] });
    const gallery = new Gallery({ title: 'G' });
    await gallery.save(ctx.client, { returning: ['updated_at'] });
    expect(gallery.isLoaded('updated_at')).toBe(true);
    const found = await ctx.client.findImages({ filter: { per_page: 2 } });
    if (found.images.length < 2) return expect.fail('the fake library needs at least two images');
    const [i1, i2] = found.images.map((i) => hydrate(Image, i));
    expect([i1?.isLoaded('updated_at'), i2?.isLoaded('updated_at')]).toEqual([true, true]);
    ctx.stash.requests.clear();
    gallery.images.add(i1 as Image, i2 as Image);
    gallery.cover = i2 as Image;
    await gallery.save(ctx.client);
    expect(sent(ctx.stash, 'addGalleryImages')).toEqual([
      { input: { gallery_id: gallery.id, image_ids: [i1?.id, i2?.id] } },
    ]);
    expect(sent(ctx.stash, 'setGalleryCover')).toEqual([{ input: { gallery_id: gallery.id, cover_image_id: i2?.id } }]);
    // The side writes went through the gallery's and the images' rows: the stamps read before are not kept.
    expect([gallery, i1, i2].map((e) => e?.isLoaded('updated_at'))).toEqual([false, false, false]);
    gallery.images.remove(i1 as Image);
    gallery.cover = null;
    await gallery.save(ctx.client);
    expect(sent(ctx.stash, 'removeGalleryImages')).toEqual([
      { input: { gallery_id: gallery.id, image_ids: [i1?.id] } },
    ]);
    expect(sent(ctx.stash, 'resetGalleryCover')).toEqual([{ input: { gallery_id: gallery.id } }]);
    expect(gallery.isDirty()).toBe(false);
    const inGallery = await ctx.client.findImages({
      image_filter: { galleries: { value: [gallery.id], modifier: 'INCLUDES' } },
    });
    expect(inGallery.images.map((i) => i.id)).toEqual([i2?.id]);
  });

  it("a scene's plays, O count and activity", async () => {
    const scene = new Scene({ title: 'played' });
    await scene.save(ctx.client);
    ctx.stash.requests.clear();
    scene
      .addPlay(['2024-01-01T00:00:00Z'])
      .addO()
      .addO()
      .deleteO()
      .saveActivity({ resume_time: 12.5, playDuration: 30 });
    expect(scene.isDirty()).toBe(true);
    await scene.save(ctx.client);
    expect(mutationRequests(ctx.stash)).toEqual([
      ['sceneAddPlay', 'sceneAddO', 'sceneAddO', 'sceneDeleteO', 'sceneSaveActivity'],
    ]);
    expect(sent(ctx.stash, 'sceneAddPlay')).toEqual([{ id: scene.id, times: ['2024-01-01T00:00:00Z'] }]);
    expect(sent(ctx.stash, 'sceneSaveActivity')).toEqual([{ id: scene.id, resume_time: 12.5, playDuration: 30 }]);
    expect(scene.play_count).toBe(1);
    expect(scene.o_counter).toBe(1);
    expect(scene.resume_time).toBe(12.5);
    expect(scene.isDirty()).toBe(false);
    scene.resetO();
    await scene.save(ctx.client);
    expect(scene.o_counter).toBe(0);
    const server = await ctx.client.findScene({ id: scene.id });
    expect(server).toMatchObject({ play_count: 1, o_counter: 0, resume_time: 12.5 });
  });
});
