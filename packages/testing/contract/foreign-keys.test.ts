import { describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { fixtures } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);
const MISSING = '999999999';

/** Timestamps in the printed arguments are the server's clock, to the second. */
const untimed = (message: string) => message.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)/g, '<time>');

/**
 * A row's own FK column (scenes.studio_id, studios.parent_id) that points at nothing: Stash does not check it, the
 * INSERT or UPDATE fails in SQLite, and the error prints goqu's statement (columns in name order) with its
 * arguments (Go's %v: blank text and NULL as <nil>, a month date as its first day plus precision 1).
 */
describe('foreign key failures on the row itself', () => {
  it('sceneCreate prints the INSERT with every column', async () => {
    const title = target.name('fk');
    const input = {
      title: ` ${title} `,
      date: '2021-12',
      code: 'c',
      rating100: 50,
      organized: true,
      studio_id: MISSING,
    };
    const detail = await executionError(target.client.sceneCreate({ input }), /FOREIGN KEY/, ['sceneCreate']);
    expect(target.sent.last('SceneCreate')).toEqual({ input });
    expect(untimed(detail.message)).toBe(
      'creating new scene: inserting into scenes: executing `INSERT INTO `scenes` (`code`, `cover_blob`, `created_at`, ' +
        '`date`, `date_precision`, `details`, `director`, `organized`, `play_duration`, `rating`, `resume_time`, ' +
        '`studio_id`, `title`, `updated_at`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)` ' +
        `[[c <nil> <time> 2021-12-01 1 <nil> <nil> true 0 50 0 ${MISSING} ${title} <time>]]: FOREIGN KEY constraint failed`,
    );
  });

  it('sceneUpdate prints the UPDATE with only the columns it sets, and the row id last', async () => {
    const scene = await make.scene('fku');
    const input = { id: scene.id, details: null, date: '1999', studio_id: MISSING, tag_ids: [] };
    const detail = await executionError(target.client.sceneUpdate({ input }), /FOREIGN KEY/, ['sceneUpdate']);
    expect(target.sent.last('SceneUpdate')).toEqual({ input });
    expect(untimed(detail.message)).toBe(
      'updating scenes: executing `UPDATE `scenes` SET `date`=?,`date_precision`=?,`details`=?,`studio_id`=?,' +
        '`updated_at`=? WHERE (`scenes`.`id` = ?)` ' +
        `[[1999-01-01 2 <nil> ${MISSING} <time> ${scene.id}]]: FOREIGN KEY constraint failed`,
    );
  });

  it('studioCreate fails on parent_id the same way', async () => {
    const name = target.name('fks');
    const input = { name, parent_id: MISSING, details: 'd', rating100: 20, favorite: true };
    const detail = await executionError(target.client.studioCreate({ input }), /FOREIGN KEY/, ['studioCreate']);
    expect(target.sent.last('StudioCreate')).toEqual({ input });
    expect(untimed(detail.message)).toBe(
      'inserting into studios: executing `INSERT INTO `studios` (`created_at`, `details`, `favorite`, ' +
        '`ignore_auto_tag`, `image_blob`, `name`, `parent_id`, `rating`, `updated_at`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)` ' +
        `[[<time> d true false <nil> ${name} ${MISSING} 20 <time>]]: FOREIGN KEY constraint failed`,
    );
  });
});
