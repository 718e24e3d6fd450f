import type { BackendContext } from '../BackendContext.js';
import { type Modifier, matchNumber } from '../criteria.js';
import type { Row } from '../Table.js';
import { normalizePath } from '../VirtualLibrary.js';

/** Readers and criterion handlers that several entities' find specs share (closures over one backend's state). */
export function createFindHelpers(ctx: BackendContext) {
  const { state } = ctx;
  const L = state.links;
  const tagChildren = (id: string) => L.tagParents.inverse(id);
  const studioChildren = (id: string) => L.studioParent.inverse(id);
  const groupChildren = (id: string) => L.groupSubGroups.get(id);
  const files = (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles', id: string) => ctx.rows('file', L[link].get(id));
  const paths = (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles') => (r: Row) =>
    files(link, r.id).map((f) => f.path as string);
  const fingerprints = (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles', type: string) => (r: Row) =>
    files(link, r.id).flatMap((f) =>
      (f.fingerprints as { type: string; value: string }[]).filter((x) => x.type === type).map((x) => x.value),
    );
  const primary = (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles', r: Row) => state.files.get(L[link].first(r.id));
  const name = (r: Row) => r.name;
  const performerTagsOf = (link: 'scenePerformers' | 'imagePerformers' | 'galleryPerformers') => (r: Row) => {
    const s = new Set<string>();
    for (const p of L[link].get(r.id)) for (const t of L.performerTags.get(p)) s.add(t);
    return [...s];
  };
  const favoritePerformer =
    (link: 'scenePerformers' | 'imagePerformers' | 'galleryPerformers') => (v: unknown, r: Row) => {
      const any = L[link].get(r.id).some((p) => state.performers.get(p)?.favorite === true);
      return any === v;
    };
  const age = (birth: unknown, at: unknown) => {
    if (typeof birth !== 'string' || typeof at !== 'string' || !birth || !at) return null;
    const b = new Date(birth);
    const d = new Date(at);
    let y = d.getUTCFullYear() - b.getUTCFullYear();
    if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate()))
      y--;
    return y;
  };
  const performerAge = (link: 'scenePerformers' | 'imagePerformers' | 'galleryPerformers') => (c: unknown, r: Row) =>
    L[link]
      .get(r.id)
      .some((p) =>
        matchNumber(c as { value: number; modifier: Modifier }, age(state.performers.get(p)?.birthdate, r.date)),
      );
  const resolution = (link: 'sceneFiles' | 'imageFiles') => (c: unknown, r: Row) => {
    const f = primary(link, r);
    if (!f) return false;
    const { value, modifier } = c as { value: string; modifier: Modifier };
    const [lo, hi] = RESOLUTIONS[value] ?? [0, Number.MAX_SAFE_INTEGER];
    const m = Math.min(Number(f.width), Number(f.height));
    if (modifier === 'EQUALS') return m >= lo && m <= hi;
    if (modifier === 'NOT_EQUALS') return m < lo || m > hi;
    if (modifier === 'LESS_THAN') return m < lo;
    if (modifier === 'GREATER_THAN') return m > hi;
    return true;
  };
  const orientation = (link: 'sceneFiles' | 'imageFiles') => (c: unknown, r: Row) => {
    const f = primary(link, r);
    const vals = (c as { value: string[] }).value ?? [];
    if (!f || vals.length === 0) return vals.length === 0;
    const w = Number(f.width);
    const h = Number(f.height);
    return vals.some((v) => (v === 'PORTRAIT' ? w < h : v === 'LANDSCAPE' ? w > h : w === h));
  };
  const isMissing = (checks: Record<string, (r: Row) => boolean>) => (v: unknown, r: Row) => {
    const k = String(v);
    if (k === '') return true;
    const fn = checks[k];
    if (fn) return fn(r);
    const x = r[k];
    return x == null || (typeof x === 'string' && x.trim() === '') || (Array.isArray(x) && x.length === 0);
  };
  const byPathCandidates =
    (link: 'sceneFiles' | 'imageFiles' | 'galleryFiles', kind: 'scene' | 'image' | 'gallery') =>
    (filter: Record<string, unknown>) => {
      if (filter.OR || filter.NOT) return null;
      const path = filter.path as { value: string; modifier: string } | undefined;
      if (path?.modifier === 'EQUALS' && !/[%_]/.test(path.value)) {
        const f = state.index.filePath.get(normalizePath(path.value));
        return f ? ctx.rows(kind, L[link].inverse(f)) : [];
      }
      for (const [field, type] of [
        ['checksum', 'md5'],
        ['oshash', 'oshash'],
      ] as const) {
        const c = filter[field] as { value: string; modifier: string } | undefined;
        if (c?.modifier === 'EQUALS' && !/[%_]/.test(c.value)) {
          const ids = new Set<string>();
          for (const f of state.filesByFingerprint(type, c.value)) for (const s of L[link].inverse(f)) ids.add(s);
          return ctx.rows(kind, ids);
        }
      }
      const id = filter.id as { value: number; modifier: string } | undefined;
      if (id?.modifier === 'EQUALS') return ctx.rows(kind, [String(id.value)]);
      return null;
    };
  const byNameCandidates =
    (kind: 'tag' | 'studio' | 'performer' | 'group', index: 'tagName' | 'studioName' | 'performerName' | 'groupName') =>
    (filter: Record<string, unknown>) => {
      if (filter.OR || filter.NOT) return null;
      const n = filter.name as { value: string; modifier: string } | undefined;
      if (n?.modifier === 'EQUALS' && !/[%_]/.test(n.value)) return ctx.rows(kind, state.index[index].get(n.value));
      return null;
    };

  return {
    tagChildren,
    studioChildren,
    groupChildren,
    files,
    paths,
    fingerprints,
    primary,
    name,
    performerTagsOf,
    favoritePerformer,
    age,
    performerAge,
    resolution,
    orientation,
    isMissing,
    byPathCandidates,
    byNameCandidates,
  };
}

export type FindHelpers = ReturnType<typeof createFindHelpers>;

/** ResolutionEnum min/max (pkg/models/resolution.go). */
const RESOLUTIONS: Record<string, [number, number]> = {
  VERY_LOW: [144, 239],
  LOW: [240, 359],
  R360P: [360, 479],
  STANDARD: [480, 539],
  WEB_HD: [540, 719],
  STANDARD_HD: [720, 1079],
  FULL_HD: [1080, 1439],
  QUAD_HD: [1440, 1919],
  VR_HD: [1920, 2159],
  FOUR_K: [2160, 2879],
  FIVE_K: [2880, 3383],
  SIX_K: [3384, 4319],
  SEVEN_K: [4320, 4999],
  EIGHT_K: [5000, 8639],
  HUGE: [8640, 100000],
};
