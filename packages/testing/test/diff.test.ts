import { describe, expect, it } from 'vitest';
import { generate } from '../diff/generate.js';
import { cleanup, firstDifference, runSequence } from '../diff/runSequence.js';
import { createFakeStash } from '../src/index.js';

/** The differential harness, checked against the fake alone: fast enough for every run of the suite. */
describe('differential harness (self-check)', () => {
  it('generates the same sequence from the same seed, and different ones from others', () => {
    expect(generate(42)).toEqual(generate(42));
    expect(JSON.stringify(generate(42).operations)).not.toBe(JSON.stringify(generate(43).operations));
    expect(generate(42).operations).toHaveLength(10);
    expect(generate(42).prefix).toMatch(/^dfz[0-9a-z]+q$/);
  });

  it('never gives a new entity the handle of one merged or destroyed before it (cleanup would miss one)', () => {
    let reused = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const handles = generate(seed).operations.flatMap((o) => (o.creates ? [o.creates.handle] : []));
      expect(new Set(handles).size).toBe(handles.length);
      // seed 110 merges tag1 into tag2 and then creates a tag: that one is tag3
      if (seed === 110) reused = handles.filter((h) => h === 'tag3').length;
    }
    expect(reused).toBe(1);
  });

  it('two fakes answer every sequence alike; cleanup leaves nothing named by the sequence', async () => {
    const a = await createFakeStash();
    const b = await createFakeStash();
    try {
      for (let seed = 1; seed <= 6; seed++) {
        const sequence = generate(seed);
        const runA = await runSequence({ url: a.url }, sequence);
        const runB = await runSequence({ url: b.url }, sequence);
        expect(firstDifference(sequence, runA, runB)).toBeNull();
        await cleanup({ url: b.url }, runB.created);
        const left = await fetch(b.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'query($v: String!) { findTags(tag_filter: { name: { value: $v, modifier: INCLUDES } }) { count } }',
            variables: { v: sequence.prefix },
          }),
        });
        expect(await left.json()).toEqual({ data: { findTags: { count: 0 } } });
      }
      expect(b.requests.count('tagsDestroy') + b.requests.count('scenesDestroy')).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a real difference is reported with the operation, not hidden by normalisation', async () => {
    const a = await createFakeStash();
    const b = await createFakeStash({ seed: { tags: [{ name: 'dfz1q alpha' }] } });
    try {
      const sequence = {
        seed: 1,
        prefix: 'dfz1q',
        operations: [
          {
            query: 'mutation($input: TagCreateInput!) { tagCreate(input: $input) { id name } }',
            variables: { input: { name: 'dfz1q alpha' } },
          },
        ],
      };
      const d = firstDifference(
        sequence,
        await runSequence({ url: a.url }, sequence),
        await runSequence({ url: b.url }, sequence),
      );
      expect(d?.index).toBe(0);
      expect(JSON.stringify(d?.b)).toContain('already exists');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
