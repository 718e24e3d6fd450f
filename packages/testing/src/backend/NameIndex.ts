/** Case-insensitive multimap name -> ids, for O(1) uniqueness checks and EQUALS lookups. */
export class NameIndex {
  private readonly map = new Map<string, Set<string>>();

  static key(name: string): string {
    return name.toLowerCase();
  }

  add(name: string | null | undefined, id: string): void {
    if (name == null) return;
    const k = NameIndex.key(name);
    let s = this.map.get(k);
    if (!s) {
      s = new Set();
      this.map.set(k, s);
    }
    s.add(id);
  }

  remove(name: string | null | undefined, id: string): void {
    if (name == null) return;
    const k = NameIndex.key(name);
    const s = this.map.get(k);
    s?.delete(id);
    if (s?.size === 0) this.map.delete(k);
  }

  get(name: string): ReadonlySet<string> {
    return this.map.get(NameIndex.key(name)) ?? EMPTY;
  }

  clear(): void {
    this.map.clear();
  }
}

const EMPTY: ReadonlySet<string> = new Set();
