import { describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { fixtures } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/** Go's time.Parse errors for the month ("2006-01") and year ("2006") layouts, as models.ParseDate collects them. */
const failed = (label: string, value: string, month: string, year: string) =>
  `converting ${label}: failed to parse date "${value}": [ParseDateStringAsTime failed: dateString <${value}> ${month} ${year}]`;
const notANumber = (value: string) =>
  failed(
    'date',
    value,
    `parsing time "${value}" as "2006-01": cannot parse "${value}" as "2006"`,
    `parsing time "${value}" as "2006": cannot parse "${value}" as "2006"`,
  );

/** internal/api/changeset_translator.go optionalDate + pkg/models/date.go ParseDate. */
describe('dates', () => {
  it('refuses what ParseDate cannot read, with its error, and creates nothing', async () => {
    for (const date of ['June 1', 'not-a-date', ' 2021-03-04']) {
      const title = target.name('bad-date');
      await executionError(target.client.sceneCreate({ input: { title, date } }), notANumber(date), ['sceneCreate']);
      expect(target.sent.last('SceneCreate')).toEqual({ input: { title, date } });
      const left = await target.client.findScenes({ scene_filter: { title: { value: title, modifier: 'EQUALS' } } });
      expect(left.count).toBe(0);
    }
    await executionError(
      target.client.sceneCreate({ input: { title: target.name('bad-day'), date: '2020-02-30' } }),
      failed(
        'date',
        '2020-02-30',
        'parsing time "2020-02-30": extra text: "-30"',
        'parsing time "2020-02-30": extra text: "-02-30"',
      ),
    );
    await executionError(
      target.client.sceneCreate({ input: { title: target.name('short-month'), date: '2020-1-5' } }),
      failed(
        'date',
        '2020-1-5',
        'parsing time "2020-1-5" as "2006-01": cannot parse "1-5" as "01"',
        'parsing time "2020-1-5": extra text: "-1-5"',
      ),
    );
  });

  it('names the field: birthdate, death date; galleries, groups and bulk updates check too', async () => {
    await executionError(
      target.client.performerCreate({ input: { name: target.name('bad-birth'), birthdate: '2020-13-01' } }),
      failed(
        'birthdate',
        '2020-13-01',
        'parsing time "2020-13-01": month out of range',
        'parsing time "2020-13-01": extra text: "-13-01"',
      ),
      ['performerCreate'],
    );
    await executionError(
      target.client.performerCreate({ input: { name: target.name('bad-death'), death_date: 'x' } }),
      failed(
        'death date',
        'x',
        'parsing time "x" as "2006-01": cannot parse "x" as "2006"',
        'parsing time "x" as "2006": cannot parse "x" as "2006"',
      ),
    );
    await executionError(
      target.client.galleryCreate({ input: { title: target.name('bad-gallery'), date: 'June 1' } }),
      notANumber('June 1'),
      ['galleryCreate'],
    );
    await executionError(
      target.client.groupCreate({ input: { name: target.name('bad-group'), date: 'June 1' } }),
      notANumber('June 1'),
      ['groupCreate'],
    );
    const scene = await make.scene('bulk-date', { date: '2001-01-01' });
    await executionError(
      target.client.bulkSceneUpdate({ input: { ids: [scene.id], date: 'June 1' } }),
      notANumber('June 1'),
      ['bulkSceneUpdate'],
    );
    await executionError(
      target.client.sceneUpdate({ input: { id: scene.id, title: 'changed?', date: 'June 1' } }),
      notANumber('June 1'),
      ['sceneUpdate'],
    );
    // nothing of a refused update is written
    expect(await target.client.findScene({ id: scene.id })).toMatchObject({ title: scene.title, date: '2001-01-01' });
  });

  it('reads timestamps and partial dates at their precision; "" clears', async () => {
    const cases: [string, string | null][] = [
      ['2021-03-04T10:00:00Z', '2021-03-04'],
      ['2021-03-04T23:30:00.5-05:00', '2021-03-04'],
      ['2021-03-04 10:11:12', '2021-03-04'],
      ['2021-03', '2021-03'],
      ['2021', '2021'],
      ['0000-01-01', '0000-01-01'],
    ];
    for (const [date, stored] of cases) {
      const scene = await make.scene('date', { date });
      expect([date, scene.date]).toEqual([date, stored]);
    }
    const scene = await make.scene('clear', { date: '2020-02-02' });
    expect((await target.client.sceneUpdate({ input: { id: scene.id, date: '' } }))?.date).toBeNull();
    expect(target.sent.last('SceneUpdate')).toEqual({ input: { id: scene.id, date: '' } });
  });
});
