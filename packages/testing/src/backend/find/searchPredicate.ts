import { like } from '../criteria.js';
import type { FindSpec, Predicate } from '../FindEngine.js';

/** models.ParseSearchString + queryBuilder.parseQueryString. */
export function searchPredicate(spec: FindSpec, q: string): Predicate {
  const { mustHave, mustNot, anySets } = parseSearchString(q);
  const hit = (cols: (string | null | undefined)[], w: string) => cols.some((c) => c != null && like(c, `%${w}%`));
  return (r) => {
    const cols = spec.search(r);
    return (
      mustHave.every((w) => hit(cols, w)) &&
      mustNot.every((w) => cols.every((c) => !like(c ?? '', `%${w}%`))) &&
      anySets.every((set) => set.some((w) => hit(cols, w)))
    );
  };
}

export function parseSearchString(s: string): { mustHave: string[]; mustNot: string[]; anySets: string[][] } {
  const out = { mustHave: [] as string[], mustNot: [] as string[], anySets: [] as string[][] };
  const t = s.trim();
  if (!t) return out;
  // combine "quoted phrases" into single words
  const raw = t.split(/\s+/);
  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] as string;
    const ww = w.startsWith('-') ? w.slice(1) : w;
    if (ww.startsWith('"') && !(ww.length >= 2 && ww.endsWith('"'))) {
      let j = i + 1;
      while (j < raw.length && !(raw[j] as string).endsWith('"')) j++;
      if (j < raw.length) {
        words.push(raw.slice(i, j + 1).join(' '));
        i = j;
        continue;
      }
    }
    words.push(w);
  }
  const phrase = (w: string) => (w.length > 1 && w.startsWith('"') && w.endsWith('"') ? w.slice(1, -1) : w);
  // OR groups: a OR b OR c
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i + 2 < words.length + 0 && /^(or|\|)$/i.test(words[i + 1] ?? '') && i + 2 < words.length) {
      const set = [phrase(words[i] as string)];
      let j = i + 1;
      while (j + 1 < words.length && /^(or|\|)$/i.test(words[j] as string)) {
        set.push(phrase(words[j + 1] as string));
        j += 2;
      }
      out.anySets.push(set.filter((x) => x !== ''));
      i = j - 1;
      continue;
    }
    rest.push(words[i] as string);
  }
  for (const w of rest) {
    if (w.length > 1 && w.startsWith('-')) {
      const p = phrase(w.slice(1));
      if (p) out.mustNot.push(p);
    } else {
      const p = phrase(w);
      if (p) out.mustHave.push(p);
    }
  }
  return out;
}
