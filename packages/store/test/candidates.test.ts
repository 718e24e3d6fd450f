import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Candidates } from '../src/naturalKeys/Candidates.js';
import { matchOf, NATURAL_KEY_RULES, type NaturalKeyRule, wantedOf } from '../src/naturalKeys/rules.js';

// Names that collide in every way the server compares them: case, Go-trimmed spaces, LIKE wildcards, non-ASCII.
const text = fc
  .tuple(
    fc.constantFrom('', ' ', '\u0085'),
    fc.constantFrom('ann', 'ANN', 'a_n', 'an%', 'Ñandú', 'ñandú', 'bob', 'a'),
    fc.constantFrom('', ' ', '\t'),
  )
  .map((parts) => parts.join(''));
const entity = fc.record({
  name: text,
  aliases: fc.array(text, { maxLength: 2 }),
  alias_list: fc.array(text, { maxLength: 2 }),
  disambiguation: fc.constantFrom('', ' ', 'US', 'us', 'U_'),
});
const wanted = fc.record({
  name: text.filter((s) => s.trim() !== ''),
  aliases: fc.array(text, { maxLength: 2 }),
  alias_list: fc.array(text, { maxLength: 2 }),
  disambiguation: fc.constantFrom(undefined, 'US', 'u%'),
});

describe('Candidates: the found entities worth matching against one wanted key', () => {
  for (const typename of ['Tag', 'Studio', 'Performer'] as const) {
    const rule = NATURAL_KEY_RULES[typename] as NaturalKeyRule;
    it(`${typename}: keeps every entity matchOf relates, in the given order`, () => {
      fc.assert(
        fc.property(fc.array(entity, { maxLength: 8 }), wanted, (all, props) => {
          const w = wantedOf(rule, props);
          const kept = new Candidates(rule, all).for(w);
          const related = all.filter((e) => matchOf(rule, w, e) !== null);
          expect(related.every((e) => kept.includes(e))).toBe(true);
          expect(kept).toEqual(all.filter((e) => kept.includes(e)));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('narrows a plain name to the entities holding it (as name or alias); a LIKE pattern keeps them all', () => {
    const rule = NATURAL_KEY_RULES.Tag as NaturalKeyRule;
    const all = [
      { name: 'Outdoor', aliases: [] },
      { name: 'indoor', aliases: ['OUTDOOR '] },
      { name: 'x', aliases: [] },
    ];
    expect(new Candidates(rule, all).for(wantedOf(rule, { name: 'outdoor' }))).toEqual([all[0], all[1]]);
    expect(new Candidates(rule, all).for(wantedOf(rule, { name: 'out%' }))).toEqual(all);
  });
});
