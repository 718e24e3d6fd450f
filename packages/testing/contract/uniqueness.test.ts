import { describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { fixtures } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/** Exact messages of pkg/tag/update.go, pkg/studio/validate.go and pkg/performer/validate.go. */
describe('tag names', () => {
  it('a name taken by another tag, in any case, is refused', async () => {
    const tag = await make.tag('dup');
    const input = { name: tag.name.toUpperCase() };
    await executionError(
      target.client.tagCreate({ input }),
      `tag with name '${tag.name.toUpperCase()}' already exists`,
      ['tagCreate'],
    );
    expect(target.sent.last('TagCreate')).toEqual({ input });
  });

  it('a name used as another tag’s alias is refused and names that tag', async () => {
    const alias = target.name('alias');
    const owner = await make.tag('owner', { aliases: [alias] });
    await executionError(
      target.client.tagCreate({ input: { name: alias } }),
      `name '${alias}' is used as alias for '${owner.name}'`,
    );
    expect(target.sent.last('TagCreate')).toEqual({ input: { name: alias } });
  });

  it('an alias equal to another tag’s name is refused', async () => {
    const other = await make.tag('other');
    const input = { name: target.name('new'), aliases: [other.name] };
    await executionError(target.client.tagCreate({ input }), `tag with name '${other.name}' already exists`);
    expect(target.sent.last('TagCreate')).toEqual({ input });
  });

  it('renaming onto an existing name is refused; renaming to itself in another case is fine', async () => {
    const a = await make.tag('ren-a');
    const b = await make.tag('ren-b');
    await executionError(
      target.client.tagUpdate({ input: { id: b.id, name: a.name } }),
      `tag with name '${a.name}' already exists`,
      ['tagUpdate'],
    );
    const renamed = await target.client.tagUpdate({ input: { id: a.id, name: a.name.toUpperCase() } });
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: a.id, name: a.name.toUpperCase() } });
    expect(renamed?.name).toBe(a.name.toUpperCase());
  });

  it('a blank name is refused after trimming', async () => {
    await executionError(target.client.tagCreate({ input: { name: '   ' } }), 'tag name must not be blank', [
      'tagCreate',
    ]);
    expect(target.sent.last('TagCreate')).toEqual({ input: { name: '   ' } });
  });
});

describe('studio names', () => {
  it('a duplicate name is refused', async () => {
    const s = await make.studio('dup');
    await executionError(
      target.client.studioCreate({ input: { name: s.name.toLowerCase() } }),
      `studio with name '${s.name.toLowerCase()}' already exists`,
      ['studioCreate'],
    );
    expect(target.sent.last('StudioCreate')).toEqual({ input: { name: s.name.toLowerCase() } });
  });

  it('a name used as another studio’s alias is refused', async () => {
    const alias = target.name('s-alias');
    const owner = await make.studio('s-owner', { aliases: [alias] });
    await executionError(
      target.client.studioCreate({ input: { name: alias } }),
      `name '${alias}' is used as alias for '${owner.name}'`,
    );
    expect(target.sent.last('StudioCreate')).toEqual({ input: { name: alias } });
  });

  it('an empty alias is refused', async () => {
    const input = { name: target.name('empty-alias'), aliases: [''] };
    await executionError(target.client.studioCreate({ input }), 'studio alias must not be an empty string');
    expect(target.sent.last('StudioCreate')).toEqual({ input });
  });
});

describe('performer name + disambiguation', () => {
  it('the same name without disambiguation is refused', async () => {
    const p = await make.performer('dup');
    await executionError(
      target.client.performerCreate({ input: { name: p.name } }),
      `performer with name '${p.name}' already exists`,
      ['performerCreate'],
    );
    expect(target.sent.last('PerformerCreate')).toEqual({ input: { name: p.name } });
  });

  it('the same name and disambiguation (any case) is refused', async () => {
    const p = await make.performer('dis', { disambiguation: 'Actor' });
    const input = { name: p.name, disambiguation: 'actor' };
    await executionError(
      target.client.performerCreate({ input }),
      `performer with name '${p.name}' and disambiguation 'actor' already exists`,
    );
    expect(target.sent.last('PerformerCreate')).toEqual({ input });
  });

  it('a different disambiguation, or none next to one, makes the name unique', async () => {
    const p = await make.performer('ok', { disambiguation: 'one' });
    const other = await make.performer('unused', { name: p.name, disambiguation: 'two' });
    const bare = await make.performer('unused', { name: p.name });
    expect(target.sent.last('PerformerCreate')).toEqual({ input: { name: p.name } });
    expect([other.name, other.disambiguation, bare.name]).toEqual([p.name, 'two', p.name]);
    const all = await target.client.findPerformers({
      performer_filter: { name: { value: p.name, modifier: 'EQUALS' } },
      filter: { per_page: -1 },
    });
    expect(all.count).toBe(3);
  });

  it('a blank name is refused', async () => {
    await executionError(target.client.performerCreate({ input: { name: ' ' } }), 'performer name must not be blank', [
      'performerCreate',
    ]);
    expect(target.sent.last('PerformerCreate')).toEqual({ input: { name: ' ' } });
  });
});
