import { beforeAll, describe, expect, it } from 'vitest';
import { type FindFilter, fixtures, type SceneFilter, type TagFilter } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/**
 * Sort order as SQLite gives it in Stash: text sorts with the NATURAL_CI collation Stash registers
 * (pkg/sqlite/driver.go: Go's casefolded.NaturalLess — ASCII by upper case, digits by value, every other rune by
 * code point, no Unicode collation), and every find appends a name/title tie-breaker whatever the sort.
 */
describe('sort order', () => {
  describe('NATURAL_CI', () => {
    // in Stash's order; a locale collation would put é next to e, 🙂 first and `_` before letters
    const WORDS = ['(paren)', '9', '10', 'alpha', 'xyz', 'x_z', 'zeta', 'émile', '日本語', '🙂 smile'];
    let S = '';
    const names = new Map<string, string>();
    let mine: TagFilter = {};

    beforeAll(async () => {
      S = target.scope('nat');
      mine = { name: { value: `${S}%`, modifier: 'EQUALS' } };
      // created in an order unlike the sorted one, so id order cannot pass for name order
      for (const w of [...WORDS].reverse().sort((a, b) => a.length - b.length)) {
        const tag = await make.tag('unused', { name: `${S}${w}` });
        names.set(tag.id, w);
      }
    });

    const words = async (direction: 'ASC' | 'DESC') => {
      const vars = { tag_filter: mine, filter: { per_page: -1, sort: 'name', direction } };
      const result = await target.client.findTags(vars);
      expect(target.sent.last('FindTags')).toEqual(vars);
      return result.tags.map((t) => names.get(t.id));
    };

    it('sorts names rune by rune: ASCII case-folded, digits by value, accents and emoji after ASCII', async () => {
      expect(await words('ASC')).toEqual(WORDS);
      expect(await words('DESC')).toEqual([...WORDS].reverse());
    });
  });

  describe("scenes: the tie-breaker is the title, ascending, whatever the sort's direction", () => {
    let S = '';
    const key = new Map<string, string>();
    let mine: SceneFilter = {};

    beforeAll(async () => {
      S = target.scope('tie');
      mine = { title: { value: `${S}%`, modifier: 'EQUALS' } };
      // ids ascend b, c, a: a tie-break by id would give b c a
      for (const k of ['b', 'c', 'a'])
        key.set((await make.scene('unused', { title: `${S}${k}`, rating100: 50 })).id, k);
    });

    it.each(['ASC', 'DESC'] as const)('rating %s with equal ratings: a b c', async (direction) => {
      const vars = { scene_filter: mine, filter: { per_page: -1, sort: 'rating', direction } };
      const result = await target.client.findScenes(vars);
      expect(target.sent.last('FindScenes')).toEqual(vars);
      expect(result.scenes.map((s) => key.get(s.id))).toEqual(['a', 'b', 'c']);
    });
  });
  it('galleries break ties by title too', async () => {
    const S = target.scope('gtie');
    const key = new Map<string, string>();
    for (const k of ['b', 'c', 'a'])
      key.set((await make.gallery('unused', { title: `${S}${k}`, rating100: 30 })).id, k);
    const vars = {
      gallery_filter: { title: { value: `${S}%`, modifier: 'EQUALS' as const } },
      filter: { per_page: -1, sort: 'rating', direction: 'DESC' as const },
    };
    const result = await target.client.findGalleries(vars);
    expect(target.sent.last('FindGalleries')).toEqual(vars);
    expect(result.galleries.map((g) => key.get(g.id))).toEqual(['a', 'b', 'c']);
  });

  describe('names NATURAL_CI cannot tell apart (it never answers "equal", so SQLite never reaches the next term)', () => {
    let S = '';
    const key = new Map<string, string>();
    let tags: TagFilter = {};
    let scenes: SceneFilter = {};
    const order: Record<string, string> = {};

    beforeAll(async () => {
      S = target.scope('ci');
      tags = { name: { value: `${S}%`, modifier: 'EQUALS' } };
      scenes = { title: { value: `${S}%`, modifier: 'EQUALS' } };
      // tag names are unique only up to ASCII case, so é / É are two tags
      for (const k of ['e1', 'E2']) {
        const tag = await make.tag('unused', { name: `${S}${k === 'e1' ? 'émile' : 'Émile'}` });
        key.set(tag.id, k);
        order[k] = tag.id;
      }
      for (const k of ['s1', 's2', 's3'])
        key.set((await make.scene('unused', { title: `${S}same`, rating100: 10 })).id, k);
    });

    const findTags = async (filter: FindFilter) => {
      const vars = { tag_filter: tags, filter };
      const result = await target.client.findTags(vars);
      expect(target.sent.last('FindTags')).toEqual(vars);
      return result.tags.map((t) => key.get(t.id));
    };
    const findScenes = async (filter: FindFilter) => {
      const vars = { scene_filter: scenes, filter };
      const result = await target.client.findScenes(vars);
      expect(target.sent.last('FindScenes')).toEqual(vars);
      return result.scenes.map((s) => key.get(s.id));
    };

    it('ascending: the row read later first; descending: the row read earlier first; with or without a LIMIT', async () => {
      expect(await findTags({ per_page: -1, sort: 'name' })).toEqual(['E2', 'e1']);
      expect(await findTags({ per_page: -1, sort: 'name', direction: 'DESC' })).toEqual(['e1', 'E2']);
      expect(await findTags({ per_page: 1, sort: 'name' })).toEqual(['E2']);
      expect(await findScenes({ per_page: -1, sort: 'title' })).toEqual(['s3', 's2', 's1']);
      expect(await findScenes({ per_page: -1, sort: 'title', direction: 'DESC' })).toEqual(['s1', 's2', 's3']);
      expect(await findScenes({ per_page: 2, page: 2, sort: 'title' })).toEqual(['s1']);
    });

    it('a tie on the tie-breaker (always ascending) puts the later row first whatever the direction', async () => {
      expect(await findScenes({ per_page: -1, sort: 'rating' })).toEqual(['s3', 's2', 's1']);
      expect(await findScenes({ per_page: -1, sort: 'rating', direction: 'DESC' })).toEqual(['s3', 's2', 's1']);
    });

    it("a scene's tags come in tag sort order, the later tag first on a tie", async () => {
      const input = { title: `${S}rel`, tag_ids: [order.e1!, order.E2!] };
      const scene = await make.scene('unused', input);
      expect(target.sent.last('SceneCreate')).toEqual({ input });
      expect(scene.tags.map((t) => key.get(t.id))).toEqual(['E2', 'e1']);
    });
  });
});
