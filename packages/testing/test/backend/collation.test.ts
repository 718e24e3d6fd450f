import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collateNaturalCI, compareNaturalCI, naturalLess } from '../../src/backend/collation.js';
import { goCaseFold } from '../../src/backend/goCaseFold.js';

// This input, stably sorted by Go's casefolded.NaturalLess (the function Stash registers as NATURAL_CI), gives
// GO_ORDER below: recorded from Go, not from this port.
const INPUT = [
  'zeta',
  '🙂 smile',
  '日本語',
  'émile',
  'Émile',
  'alpha',
  'ALPHA',
  'Alpha',
  'x_z',
  'xyz',
  'x[z',
  '10',
  '9',
  '09',
  '009',
  'a10',
  'a9',
  'a09b',
  '100%',
  '100x',
  ' padded ',
  '(paren)',
  'straße',
  'strasse',
  'STRASSE',
  'k1',
  '\u212a1',
  'k01',
  '\u212a01',
  'ı',
  'I',
  'i',
  'J',
  'µ',
  'Μ',
  'tab\there',
  'a-b',
  'a.b*c',
  "o'neil",
  'say "hi"',
  '',
];
const GO_ORDER = [
  '',
  ' padded ',
  '(paren)',
  '9',
  '09',
  '009',
  '10',
  '100%',
  '100x',
  'a-b',
  'a.b*c',
  'a9',
  'a09b',
  'a10',
  'alpha',
  'ALPHA',
  'Alpha',
  'I',
  'i',
  'J',
  'k1',
  'k01',
  '\u212a1',
  '\u212a01',
  "o'neil",
  'say "hi"',
  'strasse',
  'STRASSE',
  'straße',
  'tab\there',
  'xyz',
  'x[z',
  'x_z',
  'zeta',
  'µ',
  'Μ',
  'émile',
  'Émile',
  'ı',
  '日本語',
  '🙂 smile',
];

describe("NATURAL_CI (Stash's SQLite collation)", () => {
  it('orders like Go: ASCII by upper case, numbers by value, other runes by code point after folding', () => {
    expect([...INPUT].sort(compareNaturalCI)).toEqual(GO_ORDER);
    // Intl would put accents next to their letter and emoji first; Stash does neither
    expect(naturalLess('zeta', 'émile')).toBe(true);
    expect(naturalLess('日本語', '🙂 smile')).toBe(true);
    // `_` is above `Z` once upper-cased, so `xyz` < `x_z`
    expect(naturalLess('xyz', 'x_z')).toBe(true);
  });

  it('never answers "equal" to SQLite: two strings it cannot tell apart are each after the other', () => {
    expect(collateNaturalCI('alpha', 'ALPHA')).toBe(1);
    expect(collateNaturalCI('ALPHA', 'alpha')).toBe(1);
    expect(collateNaturalCI('x', 'x')).toBe(1);
    expect(compareNaturalCI('alpha', 'ALPHA')).toBe(0);
    expect(collateNaturalCI('alpha', 'beta')).toBe(-1);
  });

  it("folds with Go's orbits, not JavaScript's case mapping", () => {
    expect(goCaseFold('a'.codePointAt(0) as number)).toBe('A'.codePointAt(0));
    expect(goCaseFold(0x212a)).toBe('K'.codePointAt(0)); // Kelvin sign
    expect(goCaseFold(0x131)).toBe(0x131); // dotless ı: alone in Go, though 'ı'.toUpperCase() is 'I'
    expect(goCaseFold(0x3bc)).toBe(0xb5); // μ folds to the micro sign
    expect(goCaseFold(0x1f642)).toBe(0x1f642);
  });

  it('is a strict weak order on any strings: irreflexive, asymmetric, transitive', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'z', '_', '0', '1', '9', ' ', 'é', 'É', '\u212a', '🙂') });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(naturalLess(a, a)).toBe(false);
        if (naturalLess(a, b)) expect(naturalLess(b, a)).toBe(false);
        if (naturalLess(a, b) && naturalLess(b, c)) expect(naturalLess(a, c)).toBe(true);
      }),
    );
  });
});
