/**
 * `instanceof` that holds across copies of a package. A consumer can load two copies of a package (its ESM and CommonJS
 * builds side by side, or two installed versions), and plain `instanceof` is false across them. A branded class stamps
 * its prototype with a symbol from the global registry (`Symbol.for`), the same in every copy, and answers
 * `instanceof` by that stamp; subclasses inherit the stamp, so `storeError instanceof StashError` holds too.
 */
const BRAND = Symbol.for('@stash-graphql/brand');

type Branded = { [BRAND]?: symbol };

/** Stamps `ctor` with the registry symbol `@stash-graphql/<key>`; call it once, right after the class. */
export function brand(ctor: abstract new (...args: never[]) => unknown, key: string): void {
  const symbol = Symbol.for(`@stash-graphql/${key}`);
  Object.defineProperty(ctor, BRAND, { value: symbol });
  Object.defineProperty(ctor.prototype, symbol, { value: true });
}

/**
 * The `Symbol.hasInstance` of a branded class: true for an instance of any copy of it (or a subclass), else the
 * ordinary prototype-chain check (for classes users derive without a brand of their own).
 */
export function hasBrand(ctor: unknown, value: unknown): boolean {
  if (typeof ctor !== 'function') return false;
  const symbol = Object.hasOwn(ctor, BRAND) ? (ctor as Branded)[BRAND] : undefined;
  if (symbol && (typeof value === 'object' || typeof value === 'function') && value !== null) {
    if ((value as Record<symbol, unknown>)[symbol] === true) return true;
  }
  return Function.prototype[Symbol.hasInstance].call(ctor, value);
}
