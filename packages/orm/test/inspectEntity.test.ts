import { inspect } from 'node:util';
import { hydrate, Performer, Scene, Studio, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { sent, useFakeStash } from './support.js';

const ctx = useFakeStash();
const show = (v: unknown, depth = 4) => inspect(v, { depth, colors: false, breakLength: Number.POSITIVE_INFINITY });

describe('inspecting an entity (console.log, util.inspect)', () => {
  it('a new entity: its temporary id, assigned fields and dirty fields; references as Type:id', () => {
    const studio = new Studio({ name: 'Acme' });
    const scene = new Scene({ title: 'Hike', studio, tags: [new Tag({ name: 'Outdoor' })] });
    const text = show(scene);
    expect(text).toMatch(
      /^Scene \{ id: 'tmp:\d+', title: 'Hike', studio: Studio:tmp:\d+, tags: \[ Tag:tmp:\d+ \], dirty: \[ 'title', 'studio', 'tags' \] \}$/,
    );
    expect(text).not.toContain('Acme'); // the studio is referenced, not expanded
  });

  it('a saved entity: loaded fields and what changed since; unloaded fields are left out', async () => {
    const tag = new Tag({ name: 'Outdoor' });
    const created = new Scene({ title: 'Hike', rating100: 40, tags: [tag] });
    await created.save(ctx.client);
    ctx.stash.requests.clear();
    const partial = hydrate(Scene, { id: created.id, title: 'Hike', rating100: 40 });
    expect(show(partial)).toBe(`Scene { id: '${created.id}', title: 'Hike', rating100: 40 }`);

    partial.title = 'Renamed';
    partial.tags.add(new Tag({ name: 'Night' }));
    partial.addPlay();
    const text = show(partial);
    expect(text).toContain(`Scene { id: '${created.id}', title: 'Renamed', rating100: 40, dirty: [ 'title', 'tags' ]`);
    expect(text).toMatch(/pending: \{ 'tags\.add': \[ Tag:tmp:\d+ \] \}, queued: \[ 'addPlay' \] \}$/);
    // At the default depth too (what console.log uses).
    expect(inspect(partial, { breakLength: Number.POSITIVE_INFINITY })).toBe(text);
    expect(text).not.toContain('details');

    await partial.save(ctx.client);
    expect(sent(ctx.stash, 'sceneUpdate')).toEqual([{ input: { id: created.id, title: 'Renamed' } }]);
    expect(show(partial)).not.toMatch(/dirty|pending|queued/);
    expect(show(partial)).toContain(`title: 'Renamed'`);
  });

  it('never shows a value under a secret-looking key', async () => {
    const performer = new Performer({
      name: 'P',
      custom_fields: { api_key: 'sk-123', site: 'a', password: 'pw' },
    });
    expect(show(performer)).toContain("custom_fields: { api_key: '[redacted]', site: 'a', password: '[redacted]' }");
    await performer.save(ctx.client);
    const stored = ctx.stash.requests.find((r) => r.rootFields.includes('performerCreate'))?.variables;
    expect(JSON.stringify(stored)).toContain('sk-123'); // sent to Stash as given (the request log redacts only headers)
    const text = show(performer, 10);
    // Key order follows the save's answer (sent order, or Stash's sorted keys when re-read): check each key.
    expect(text).toMatch(/custom_fields: \{[^}]*api_key: '\[redacted\]'/);
    expect(text).toMatch(/custom_fields: \{[^}]*password: '\[redacted\]'/);
    expect(text).toMatch(/custom_fields: \{[^}]*site: 'a'/);
    expect(text).not.toMatch(/sk-123|pw'/);
  });

  it('honours the depth limit and prints nested entities inside plain objects as references', () => {
    const scene = new Scene({ title: 'Deep' });
    expect(show({ a: { b: scene } }, 1)).toBe(`{ a: { b: [Scene:${scene.id}] } }`);
    expect(show([scene], 0)).toBe(`[ [Scene:${scene.id}] ]`);
    expect(show([scene], 1)).toBe(`[ Scene { id: '${scene.id}', title: 'Deep', dirty: [Array] } ]`);
    expect(show([scene], 2)).toBe(`[ Scene { id: '${scene.id}', title: 'Deep', dirty: [ 'title' ] } ]`);
  });
});
