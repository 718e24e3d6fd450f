import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type SceneFilter, type TagFilter } from './support/fixtures.js';
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
});
