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

/**
 * Stash checks uniqueness with `name LIKE ?` (pkg/sqlite stringCriterionHandler, EQUALS), the new name being the
 * pattern: `_` and `%` in it are wildcards, only ASCII letters fold, and names are trimmed with Go's TrimSpace first.
 */
describe('names under SQL LIKE', () => {
  it('a name is trimmed (Go TrimSpace: U+0085 too) before the check', async () => {
    const tag = await make.tag('trim');
    const input = { name: `\u0085  ${tag.name.toUpperCase()}\t` };
    await executionError(
      target.client.tagCreate({ input }),
      `tag with name '${tag.name.toUpperCase()}' already exists`,
      ['tagCreate'],
    );
    expect(target.sent.last('TagCreate')).toEqual({ input });
    // U+FEFF is not space to Go: kept, so the name is new.
    const bom = await make.tag('unused', { name: `\ufeff${tag.name}` });
    expect(bom.name).toBe(`\ufeff${tag.name}`);
  });

  it('`_` in a new name matches any one character of an existing name; not the other way round', async () => {
    const p = target.scope('wild');
    const existing = await make.tag('unused', { name: `${p}axb` });
    await executionError(
      target.client.tagCreate({ input: { name: `${p}A_B` } }),
      `tag with name '${p}A_B' already exists`,
      ['tagCreate'],
    );
    const literal = await make.tag('unused', { name: `${p}c_d` });
    const other = await make.tag('unused', { name: `${p}cxd` });
    expect([existing.name, literal.name, other.name]).toEqual([`${p}axb`, `${p}c_d`, `${p}cxd`]);
    expect(target.sent.last('TagCreate')).toEqual({ input: { name: `${p}cxd` } });
  });

  it('`%` in a new name matches any run; an alias with a wildcard clashes the same way', async () => {
    const p = target.scope('pct');
    await make.tag('unused', { name: `${p}100 real` });
    await executionError(
      target.client.tagCreate({ input: { name: `${p}100%` } }),
      `tag with name '${p}100%' already exists`,
    );
    const input = { name: `${p}fresh`, aliases: [`${p}1%real`] };
    await executionError(target.client.tagCreate({ input }), `tag with name '${p}1%real' already exists`);
    expect(target.sent.last('TagCreate')).toEqual({ input });
  });

  it('only ASCII letters fold: names differing in the case of Ñ are two tags', async () => {
    const p = target.scope('uni');
    const upper = await make.tag('unused', { name: `${p}Ñandú` });
    const lower = await make.tag('unused', { name: `${p}ñandú` });
    expect([upper.name, lower.name]).toEqual([`${p}Ñandú`, `${p}ñandú`]);
    expect(upper.id).not.toBe(lower.id);
    // ASCII letters still fold around them.
    await executionError(
      target.client.tagCreate({ input: { name: `${p}ÑANDú` } }),
      `tag with name '${p}ÑANDú' already exists`,
    );
  });

  it('a studio name that LIKE-matches another studio’s alias is refused and names that studio', async () => {
    const p = target.scope('st');
    const owner = await make.studio('unused', { name: `${p}Acme`, aliases: [`${p}Acme Inc`] });
    await executionError(
      target.client.studioCreate({ input: { name: `${p}acme_inc` } }),
      `name '${p}acme_inc' is used as alias for '${owner.name}'`,
      ['studioCreate'],
    );
    await executionError(
      target.client.studioCreate({ input: { name: `  ${p}ACME ` } }),
      `studio with name '${p}ACME' already exists`,
    );
  });

  it('performers: name and disambiguation both compare with LIKE; a blank disambiguation is none', async () => {
    const p = target.scope('pf');
    await make.performer('unused', { name: `${p}Alex`, disambiguation: 'Climber' });
    await executionError(
      target.client.performerCreate({ input: { name: `${p}al_x`, disambiguation: 'c%' } }),
      `performer with name '${p}al_x' and disambiguation 'c%' already exists`,
      ['performerCreate'],
    );
    const bare = await make.performer('unused', { name: `${p}Alex`, disambiguation: '  ' });
    expect(bare.disambiguation ?? '').toBe('');
    await executionError(
      target.client.performerCreate({ input: { name: `${p}ALEX` } }),
      `performer with name '${p}ALEX' already exists`,
    );
  });

  it('one anchored case-insensitive regex finds names and aliases in one query (Go RE2 folds Unicode)', async () => {
    const p = target.scope('re');
    const a = await make.tag('unused', { name: `${p}a.b` });
    const n = await make.tag('unused', { name: `${p}ñandú` });
    const owner = await make.tag('unused', { name: `${p}owner`, aliases: [`${p}Trek (1)`] });
    await make.tag('unused', { name: `${p}axb` });
    const esc = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    const re = `(?is)^(?:${[`${p}A.B`, `${p}ÑANDÚ`, `${p}trek (1)`].map(esc).join('|')})$`;
    const found = await target.client.findTags({
      tag_filter: {
        name: { value: re, modifier: 'MATCHES_REGEX' },
        OR: { aliases: { value: re, modifier: 'MATCHES_REGEX' } },
      },
      filter: { per_page: 100, sort: 'id', direction: 'ASC' },
    });
    expect(found.tags.map((t) => t.id)).toEqual([a.id, n.id, owner.id]);
    expect(target.sent.last('FindTags')).toEqual({
      tag_filter: {
        name: { value: re, modifier: 'MATCHES_REGEX' },
        OR: { aliases: { value: re, modifier: 'MATCHES_REGEX' } },
      },
      filter: { per_page: 100, sort: 'id', direction: 'ASC' },
    });
  });
});
