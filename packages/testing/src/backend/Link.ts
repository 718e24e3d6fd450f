/**
 * An ordered many-to-many relation with a maintained reverse index, so both
 * "tags of scene" and "scenes with tag" (counts, cascades) are O(1) lookups.
 */
export class Link {
  private readonly fwd = new Map<string, string[]>();
  private readonly rev = new Map<string, Set<string>>();

  constructor(readonly name: string) {}

  get(left: string): readonly string[] {
    return this.fwd.get(left) ?? EMPTY;
  }

  first(left: string): string | null {
    return this.fwd.get(left)?.[0] ?? null;
  }

  /** Lefts that point at `right`, in insertion order. */
  inverse(right: string): ReadonlySet<string> {
    return this.rev.get(right) ?? EMPTY_SET;
  }

  has(left: string, right: string): boolean {
    return this.rev.get(right)?.has(left) ?? false;
  }

  set(left: string, rights: readonly string[]): void {
    for (const r of this.fwd.get(left) ?? EMPTY) this.rev.get(r)?.delete(left);
    const unique = [...new Set(rights)];
    if (unique.length === 0) this.fwd.delete(left);
    else this.fwd.set(left, unique);
    for (const r of unique) {
      let s = this.rev.get(r);
      if (!s) {
        s = new Set();
        this.rev.set(r, s);
      }
      s.add(left);
    }
  }

  add(left: string, rights: readonly string[]): void {
    this.set(left, [...this.get(left), ...rights]);
  }

  remove(left: string, rights: readonly string[]): void {
    const drop = new Set(rights);
    this.set(
      left,
      this.get(left).filter((r) => !drop.has(r)),
    );
  }

  deleteLeft(left: string): void {
    this.set(left, []);
  }

  /** Removes `right` from every left that references it (ON DELETE CASCADE of a join table). */
  deleteRight(right: string): void {
    for (const left of [...this.inverse(right)]) this.remove(left, [right]);
    this.rev.delete(right);
  }

  /** Re-points every reference to `from` at `to` (used by merges). */
  replaceRight(from: string, to: string): void {
    for (const left of [...this.inverse(from)]) {
      this.set(
        left,
        this.get(left).map((r) => (r === from ? to : r)),
      );
    }
  }

  clear(): void {
    this.fwd.clear();
    this.rev.clear();
  }

  entries(): IterableIterator<[string, string[]]> {
    return this.fwd.entries();
  }
}

const EMPTY: readonly string[] = Object.freeze([]);
const EMPTY_SET: ReadonlySet<string> = new Set();
