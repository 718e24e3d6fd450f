import { describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { fixtures } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/**
 * querySQL / execSQL (pkg/sqlite/database.go): columns as SQLite names them, rows of JSON values, errors wrapped as
 * "error executing `<sql>` [[<args>]]: <SQLite's message>".
 */
describe('raw SQL', () => {
  it('querySQL counts and selects, with Stash column names and JSON values', async () => {
    const tag = await make.tag('sql', { description: 'from sql' });
    const count = await target.client.querySQL({ sql: 'SELECT COUNT(*) FROM tags WHERE name = ?', args: [tag.name] });
    expect(target.sent.last('QuerySQL')).toEqual({ sql: 'SELECT COUNT(*) FROM tags WHERE name = ?', args: [tag.name] });
    expect(count).toEqual({ columns: ['COUNT(*)'], rows: [[1]] });
    const one = await target.client.querySQL({
      sql: 'SELECT id, name AS tag_name, favorite, description, 1.5, NULL FROM tags WHERE id = ? ORDER BY id DESC LIMIT 5',
      args: [Number(tag.id)],
    });
    expect(one).toEqual({
      columns: ['id', 'tag_name', 'favorite', 'description', '1.5', 'NULL'],
      rows: [[Number(tag.id), tag.name, false, 'from sql', 1.5, null]],
    });
    const star = await target.client.querySQL({ sql: 'SELECT * FROM tags WHERE id = ?', args: [Number(tag.id)] });
    expect(star?.columns).toEqual([
      'id',
      'name',
      'created_at',
      'updated_at',
      'ignore_auto_tag',
      'description',
      'image_blob',
      'favorite',
      'sort_name',
    ]);
    expect(star?.rows[0]?.slice(0, 2)).toEqual([Number(tag.id), tag.name]);
    const none = await target.client.querySQL({ sql: 'SELECT id FROM tags WHERE id = ?', args: [999_999_999] });
    expect(none).toEqual({ columns: ['id'], rows: [] });
  });

  it('execSQL reports rows_affected and a last_insert_id; the change is visible through the API', async () => {
    const tag = await make.tag('exec');
    const sql = 'UPDATE tags SET description = ? WHERE id = ?';
    const result = await target.client.execSQL({ sql, args: ['via sql', Number(tag.id)] });
    expect(target.sent.last('ExecSQL')).toEqual({ sql, args: ['via sql', Number(tag.id)] });
    expect(result?.rows_affected).toBe(1);
    expect(typeof result?.last_insert_id).toBe('number');
    expect((await target.client.findTag({ id: tag.id }))?.description).toBe('via sql');
    const nothing = await target.client.execSQL({ sql, args: ['x', 999_999_999] });
    expect(nothing?.rows_affected).toBe(0);
    // querySQL runs a statement that returns no rows too
    expect(
      await target.client.querySQL({ sql: 'UPDATE tags SET favorite = 1 WHERE id = ?', args: [Number(tag.id)] }),
    ).toEqual({ columns: [], rows: [] });
    expect((await target.client.findTag({ id: tag.id }))?.favorite).toBe(true);
  });

  // The Python client's integration suite sends these: `count` is a name in SQLite, not a keyword; WHERE takes a bare
  // value; SET may assign a column (a no-op `created_at = created_at`) or another column's value.
  it('takes `count` as a name, a bare value as a WHERE term and a column on either side', async () => {
    const tag = await make.tag('sqlnames', { description: 'before' });
    const counted = await target.client.querySQL({
      sql: 'SELECT COUNT(*) as count, count(*) FROM tags WHERE name = ?',
      args: [tag.name],
    });
    expect(target.sent.last('QuerySQL')).toEqual({
      sql: 'SELECT COUNT(*) as count, count(*) FROM tags WHERE name = ?',
      args: [tag.name],
    });
    expect(counted).toEqual({ columns: ['count', 'count(*)'], rows: [[1, 1]] });
    expect(await target.client.querySQL({ sql: 'SELECT id FROM tags WHERE 0' })).toEqual({ columns: ['id'], rows: [] });
    expect(
      await target.client.querySQL({
        sql: "SELECT name FROM tags WHERE 1 AND ? = name AND description IS NOT NULL AND '2x'",
        args: [tag.name],
      }),
    ).toEqual({ columns: ['name'], rows: [[tag.name]] });
    expect(
      await target.client.querySQL({ sql: "SELECT name FROM tags WHERE name = ? AND 'abc'", args: [tag.name] }),
    ).toEqual({ columns: ['name'], rows: [] });
    await executionError(
      target.client.querySQL({ sql: 'SELECT count FROM tags' }),
      'error executing `SELECT count FROM tags` [[]]: no such column: count',
      ['querySQL'],
    );

    const noop = await target.client.execSQL({ sql: 'UPDATE tags SET created_at = created_at WHERE 0' });
    expect(target.sent.last('ExecSQL')).toEqual({ sql: 'UPDATE tags SET created_at = created_at WHERE 0' });
    expect(noop?.rows_affected).toBe(0);
    expect(typeof noop?.last_insert_id).toBe('number');
    const nothing = await target.client.execSQL({
      sql: 'UPDATE tags SET created_at = created_at WHERE id = ?',
      args: ['nonexistent-id'],
    });
    expect(nothing?.rows_affected).toBe(0);
    const copied = await target.client.execSQL({
      sql: 'UPDATE tags SET created_at = created_at, description = name WHERE name = ?',
      args: [tag.name],
    });
    expect(copied?.rows_affected).toBe(1);
    expect((await target.client.findTag({ id: tag.id }))?.description).toBe(tag.name);
  });

  it("answers SQLite's errors, wrapped with the statement and its arguments", async () => {
    const cases: [string, unknown[], string][] = [
      ['SELECT * FROM nope', [], 'error executing `SELECT * FROM nope` [[]]: no such table: nope'],
      ['SELECT nocol FROM tags', [], 'error executing `SELECT nocol FROM tags` [[]]: no such column: nocol'],
      ['SELEC x', [], 'error executing `SELEC x` [[]]: near "SELEC": syntax error'],
      [
        'SELECT id FROM tags WHERE id = ? AND name = ?',
        [1],
        'error executing `SELECT id FROM tags WHERE id = ? AND name = ?` [[1]]: not enough args to execute query: want 2 got 1',
      ],
      [
        'SELECT id FROM nope WHERE name = ?',
        ['a b', true, null],
        'error executing `SELECT id FROM nope WHERE name = ?` [[a b true <nil>]]: no such table: nope',
      ],
    ];
    for (const [sql, args, message] of cases) {
      await executionError(target.client.querySQL({ sql, args }), message, ['querySQL']);
      expect(target.sent.last('QuerySQL')).toEqual({ sql, args });
    }
  });
});
