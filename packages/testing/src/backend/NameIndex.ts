import { like } from './criteria.js';
import { asciiFold } from './goText.js';

/**
 * Names → ids under SQLite's comparison, for the uniqueness checks Stash makes with `name LIKE ?` (no ESCAPE):
 * only ASCII letters fold, and `_` / `%` in the looked-up name are wildcards. A name without wildcards is one map
 * lookup; a pattern scans the index.
 */
export class NameIndex {
  private readonly map = new Map<string, Set<string>>();

  static key(name: string): string {
    return asciiFold(name);
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

  /** Ids whose name matches `pattern` as SQLite's `name LIKE pattern` does, ordered by name then id. */
  get(pattern: string): readonly string[] {
    if (!/[_%]/.test(pattern)) return [...(this.map.get(NameIndex.key(pattern)) ?? [])].sort(byId);
    const out: string[] = [];
    for (const [k, ids] of [...this.map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (like(k, pattern)) out.push(...[...ids].sort(byId));
    }
    return out;
  }

  clear(): void {
    this.map.clear();
  }
}

const byId = (a: string, b: string) => Number(a) - Number(b);
