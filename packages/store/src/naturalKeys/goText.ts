/**
 * Text rules of the Stash server, so that names are compared the way the server compares them.
 *
 * - Stash trims names with Go's `strings.TrimSpace` (unicode.IsSpace), which is not `String.prototype.trim`: Go
 *   trims U+0085 (NEL) and keeps U+FEFF (BOM); JavaScript does the opposite.
 * - Stash checks uniqueness with SQLite `LIKE` (`name LIKE ?`, no ESCAPE): the new name is the pattern, so `_` and
 *   `%` in it are wildcards, and only ASCII letters are case-folded (`Ñ` and `ñ` are different names).
 * - Stash's regex filter is Go RE2 through SQLite's `regexp` function.
 */

const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');

const EDGE = new RegExp(`^[${GO_SPACE}]|[${GO_SPACE}]$`);

/** Go's `strings.TrimSpace`. Most names have nothing to trim: one anchored test answers those. */
export const goTrimSpace = (s: string): string => (EDGE.test(s) ? s.replace(TRIM, '') : s);

/** SQLite's case folding in LIKE: ASCII letters only. */
export const asciiFold = (s: string): string =>
  /[A-Z]/.test(s) ? s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32)) : s;

/** True when the string is a LIKE pattern with wildcards (`_` one character, `%` any run). */
export const hasLikeWildcards = (s: string): boolean => /[_%]/.test(s);

const likeCache = new Map<string, RegExp>();

/** SQLite `subject LIKE pattern` without ESCAPE: `%` any run, `_` one character (code point), ASCII case folding. */
export function sqlLike(subject: string, pattern: string): boolean {
  if (!hasLikeWildcards(pattern)) return asciiFold(subject) === asciiFold(pattern);
  let re = likeCache.get(pattern);
  if (!re) {
    let src = '';
    for (const ch of asciiFold(pattern)) {
      src += ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`, 'su');
    if (likeCache.size > 1000) likeCache.clear();
    likeCache.set(pattern, re);
  }
  return re.test(asciiFold(subject));
}

/** A Go RE2 (and JavaScript) literal for a string. */
export const regexLiteral = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * A RE2 fragment that matches at least every string `subject` with `subject LIKE pattern` (used under `(?is)`): the
 * server's `(?i)` folds more than ASCII, so callers check the candidates with {@link sqlLike}.
 */
export const likeAsRegex = (pattern: string): string =>
  // Most names have nothing to escape: one test answers those.
  /[\\^$.*+?()[\]{}|%_]/.test(pattern)
    ? regexLiteral(pattern).replace(/[%_]/g, (w) => (w === '%' ? '.*' : '.'))
    : pattern;

/** Characters per regex pattern (Go's regexp refuses huge ones; SQLite takes any size as a bound parameter). */
const PATTERN_CHARS = 40_000;

/** Alternatives grouped into as few patterns as the limits allow: at most `max` and ~40,000 characters each. */
export function regexChunks(parts: readonly string[], max: number): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const p of parts) {
    if (cur.length && (cur.length >= max || size + p.length > PATTERN_CHARS)) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(p);
    size += p.length + 1;
  }
  if (cur.length) out.push(cur);
  return out;
}
