/** Go's text rules where the fake must follow them exactly (see the store's naturalKeys/goText.ts for the why). */

const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');

/** Go's `strings.TrimSpace`: trims U+0085 and keeps U+FEFF, unlike `String.prototype.trim`. */
export const goTrimSpace = (s: string): string => s.replace(TRIM, '');

/** SQLite's case folding in LIKE (and NOCASE): ASCII letters only. */
export const asciiFold = (s: string): string =>
  /[A-Z]/.test(s) ? s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32)) : s;
