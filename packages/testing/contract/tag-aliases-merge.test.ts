import { describe, expect, it } from 'vitest';
import { executionError, sorted } from './support/expect.js';
import { fixtures } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/** Found by the differential harness with 20-operation sequences; each checked on a real v0.30.1. */
describe('tag aliases, merges, and the order of create-time checks', () => {
  it('an alias named twice fails the second INSERT into tag_aliases (alias is UNIQUE)', async () => {
    const alias = target.name('dup alias');
    const input = { name: target.name('dup'), aliases: [alias, alias] };
    const detail = await executionError(target.client.tagCreate({ input }), /UNIQUE/, ['tagCreate']);
    expect(target.sent.last('TagCreate')).toEqual({ input });
    expect(detail.message.replace(/VALUES \(\d+,/, 'VALUES (<id>,')).toBe(
      `inserting into tag_aliases: executing \`INSERT INTO \`tag_aliases\` (\`tag_id\`, \`alias\`) VALUES (<id>, '${alias}')\` [[]]: UNIQUE constraint failed: tag_aliases.alias`,
    );
  });

  it('on update, a null for a NOT NULL column panics before the alias rows are written', async () => {
    const tag = await make.tag('dup upd');
    const alias = target.name('dup upd alias');
    const input = { id: tag.id, favorite: null, aliases: [alias, alias] };
    await executionError(
      target.client.tagUpdate({ input }),
      'Internal system error. Error <null value not allowed in optional bool>',
      ['tagUpdate'],
    );
    expect(target.sent.last('TagUpdate')).toEqual({ input });
  });

  it('tagsMerge adds each source name as an alias and filters nothing, not even the destination name', async () => {
    const dest = await make.tag('mdest');
    const own = { id: dest.id, aliases: [dest.name] };
    await target.client.tagUpdate({ input: own });
    const src = await make.tag('msrc', { aliases: [target.name('msrc alias')] });
    const input = { source: [src.id], destination: dest.id };
    const merged = await target.client.tagsMerge({ input });
    expect(target.sent.last('TagsMerge')).toEqual({ input });
    expect(sorted(merged?.aliases ?? [])).toEqual(sorted([dest.name, src.name, ...src.aliases]));
  });

  it("tagsMerge fails when a source's name already is an alias row (its own, here)", async () => {
    const dest = await make.tag('own dest');
    const src = await make.tag('own src');
    await target.client.tagUpdate({ input: { id: src.id, aliases: [src.name] } });
    const input = { source: [src.id], destination: dest.id };
    await executionError(
      target.client.tagsMerge({ input }),
      `error executing \`INSERT INTO tag_aliases (tag_id, alias) SELECT ?, name FROM tags WHERE id IN (?)\` [[${dest.id} ${src.id} ${dest.id}]]: UNIQUE constraint failed: tag_aliases.alias`,
      ['tagsMerge'],
    );
    expect(target.sent.last('TagsMerge')).toEqual({ input });
    expect((await target.client.findTag({ id: src.id }))?.aliases).toEqual([src.name]);
  });

  it('tagsMerge refuses a merge that would make a tag both parent and child of the destination', async () => {
    const dest = await make.tag('cyc dest');
    const mid = await make.tag('cyc mid', { parent_ids: [dest.id] });
    const src = await make.tag('cyc src', { parent_ids: [mid.id] });
    const input = { source: [src.id], destination: dest.id };
    await executionError(
      target.client.tagsMerge({ input }),
      `cannot apply tag "${mid.name}" as a parent of "${dest.name}" as it is already a descendant (${dest.name}->${mid.name})`,
      ['tagsMerge'],
    );
    expect(target.sent.last('TagsMerge')).toEqual({ input });
    expect((await target.client.findTag({ id: src.id }))?.id).toBe(src.id);
  });

  it('performerCreate converts dates before it checks the name', async () => {
    const existing = await make.performer('dated');
    const input = { name: existing.name, birthdate: 'June 1' };
    await executionError(
      target.client.performerCreate({ input }),
      /^converting birthdate: failed to parse date "June 1"/,
      ['performerCreate'],
    );
    expect(target.sent.last('PerformerCreate')).toEqual({ input });
  });
});
