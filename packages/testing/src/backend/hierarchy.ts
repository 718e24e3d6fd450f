/**
 * Graph walks used by Stash's recursive CTEs: tag ancestors/descendants with
 * their `A->B` paths (pkg/sqlite/tag.go FindAllAncestors/FindAllDescendants) and
 * depth-limited expansion for hierarchical criteria (getHierarchicalValues in
 * pkg/sqlite/criterion_handlers.go: depth 0 = the ids only, -1 = unlimited).
 */
export type Neighbours = (id: string) => Iterable<string>;

export function expandDepth(roots: Iterable<string>, next: Neighbours, depth: number | null | undefined): Set<string> {
  const out = new Set(roots);
  const max = depth == null ? 0 : depth;
  let frontier = [...out];
  for (let d = 0; frontier.length > 0 && (max < 0 || d < max); d++) {
    const nextFrontier: string[] = [];
    for (const id of frontier) {
      for (const n of next(id)) {
        if (!out.has(n)) {
          out.add(n);
          nextFrontier.push(n);
        }
      }
    }
    frontier = nextFrontier;
  }
  return out;
}

/** Every node reachable from `start` (including it) with the path of names that reached it. */
export function walkWithPaths(
  start: string,
  next: Neighbours,
  name: (id: string) => string,
  join: (path: string, nextName: string) => string,
): Map<string, string> {
  const out = new Map<string, string>([[start, name(start)]]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const n of next(id)) {
      if (out.has(n)) continue;
      out.set(n, join(out.get(id) as string, name(n)));
      queue.push(n);
    }
  }
  return out;
}
