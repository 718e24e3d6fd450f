/**
 * Stash's `COLLATE NATURAL_CI` (pkg/sqlite/driver.go registers it on every connection): Go's
 * `casefolded.NaturalLess` from github.com/WithoutPants/sortorder (MIT, © Frits van Bommel), ported rune for rune.
 * - Text compares rune by rune: ASCII by its upper case (so `_` and `[` sort after letters), everything else by the
 *   lowest rune of its Go case-folding orbit (so accents and emoji sort by code point, after ASCII: `zeta` < `émile`
 *   < `日本語` < `🙂`). No Unicode collation, no `ß` = `ss`.
 * - Runs of ASCII digits compare as numbers (`9` < `10`); with equal values, fewer leading zeros first. The zero
 *   tie-break compares byte offsets, as Go does, so it counts UTF-8 bytes, not UTF-16 units.
 * - A string that is a prefix of the other sorts first (by remaining UTF-8 bytes, again as Go does).
 * - The collation never answers "equal": Stash's callback returns 1 whenever `a < b` is false, so SQLite sees
 *   `alpha` > `ALPHA` and `ALPHA` > `alpha` alike. {@link collateNaturalCI} keeps that answer for code that mimics
 *   SQLite; {@link compareNaturalCI} is the symmetric comparator for `Array.prototype.sort`.
 */
import { goCaseFold } from './goCaseFold.js';

const ZERO = 48;
const NINE = 57;
const isDigit = (c: number) => c >= ZERO && c <= NINE;

/** UTF-8 length of a code point (a lone surrogate counts as U+FFFD, which Go's JSON decoding put there). */
function utf8Length(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

function remainingBytes(s: string, i: number): number {
  let n = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) as number;
    n += utf8Length(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

/** The rune at UTF-16 index `i` (lone surrogates read as U+FFFD, as Go decodes invalid UTF-8). */
function runeAt(s: string, i: number): number {
  const cp = s.codePointAt(i) as number;
  return cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp;
}

const upperAscii = (c: number) => (c >= 97 && c <= 122 ? c - 32 : c);

/** `casefolded.NaturalLess(a, b)`: is `a` strictly before `b` in Stash's natural, case-insensitive order? */
export function naturalLess(a: string, b: string): boolean {
  // i: UTF-16 index; extra: how far Go's UTF-8 byte index is ahead of it (digits are one unit and one byte each,
  // so it only moves on other runes); Go's leading-zero tie-break compares byte indexes
  let i1 = 0;
  let i2 = 0;
  let extra1 = 0;
  let extra2 = 0;
  while (i1 < a.length && i2 < b.length) {
    let c1 = runeAt(a, i1);
    let c2 = runeAt(b, i2);
    if (!isDigit(c1) || !isDigit(c2)) {
      const units1 = c1 > 0xffff ? 2 : 1;
      const units2 = c2 > 0xffff ? 2 : 1;
      i1 += units1;
      i2 += units2;
      extra1 += utf8Length(c1) - units1;
      extra2 += utf8Length(c2) - units2;
      if (c1 === c2) continue;
      if (c1 < 0x80 && c2 < 0x80) {
        c1 = upperAscii(c1);
        c2 = upperAscii(c2);
        if (c1 !== c2) return c1 < c2;
        continue;
      }
      c1 = goCaseFold(c1);
      c2 = goCaseFold(c2);
      if (c1 === c2) continue;
      return c1 < c2;
    }
    // digits: skip zeros, then the longer number is larger, then digit by digit, then fewer zeros first
    while (i1 < a.length && a.charCodeAt(i1) === ZERO) i1++;
    while (i2 < b.length && b.charCodeAt(i2) === ZERO) i2++;
    const nonZero1 = i1;
    const nonZero2 = i2;
    while (i1 < a.length && isDigit(a.charCodeAt(i1))) i1++;
    while (i2 < b.length && isDigit(b.charCodeAt(i2))) i2++;
    if (i1 - nonZero1 !== i2 - nonZero2) return i1 - nonZero1 < i2 - nonZero2;
    const n1 = a.slice(nonZero1, i1);
    const n2 = b.slice(nonZero2, i2);
    if (n1 !== n2) return n1 < n2;
    if (nonZero1 + extra1 !== nonZero2 + extra2) return nonZero1 + extra1 < nonZero2 + extra2;
  }
  return remainingBytes(a, i1) < remainingBytes(b, i2);
}

/** What Stash's collation callback answers to SQLite: -1 when `a` sorts first, else 1 (never 0). */
export function collateNaturalCI(a: string, b: string): -1 | 1 {
  return naturalLess(a, b) ? -1 : 1;
}

/** NATURAL_CI as a sort comparator: 0 for strings the collation cannot tell apart (`alpha`, `ALPHA`). */
export function compareNaturalCI(a: string, b: string): number {
  if (naturalLess(a, b)) return -1;
  return naturalLess(b, a) ? 1 : 0;
}

/** Text under SQLite's BINARY collation: UTF-8 byte order, which is code point order (not UTF-16 unit order). */
export function compareBinary(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * One ORDER BY term as SQLite compares it: NULL first, then numbers (booleans bind as 0/1), then text, with
 * NATURAL_CI when `collated`, else bytewise. `'tie'` is NATURAL_CI's non-answer for text it cannot tell apart: the
 * term still decides (SQLite never moves on to the next term), and which row comes first depends on how SQLite
 * sorts; see {@link compareRowsLikeSqlite}.
 */
export function compareSqlTerm(a: unknown, b: unknown, collated: boolean): number | 'tie' {
  if (a == null) return b == null ? 0 : -1;
  if (b == null) return 1;
  const textA = typeof a === 'string';
  const textB = typeof b === 'string';
  if (!textA && !textB) return Number(a) - Number(b);
  if (textA !== textB) return textA ? 1 : -1;
  if (!collated) return compareBinary(a as string, b as string);
  return compareNaturalCI(a as string, b as string) || 'tie';
}

export interface SortTerm<T> {
  key: (row: T) => unknown;
  /** 1 for ASC, -1 for DESC. */
  direction: 1 | -1;
  collated: boolean;
}

/**
 * Orders two rows as Stash's ORDER BY does in SQLite, given each row's scan position (its rowid for a table scan).
 * When a NATURAL_CI term ties, the collation still answers "greater" for whichever row SQLite holds as the left
 * operand. SQLite's sorter (vdbesort.c: records are prepended, then merged with the earlier-read list always on the
 * right) and its ORDER BY ... LIMIT b-tree (the stored cell is the left operand, the new row the right) both put
 * the row read later first for an ascending term and the row read earlier first for a descending one. Later terms
 * are never consulted for such a tie.
 */
export function compareRowsLikeSqlite<T>(
  a: T,
  b: T,
  terms: readonly SortTerm<T>[],
  scanPosition: (row: T) => number,
): number {
  for (const t of terms) {
    const c = compareSqlTerm(t.key(a), t.key(b), t.collated);
    if (c === 'tie') return t.direction * (scanPosition(b) - scanPosition(a));
    if (c !== 0) return t.direction * c;
  }
  return scanPosition(a) - scanPosition(b);
}
