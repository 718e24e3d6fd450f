/**
 * The commit order of new entities, computed apart from the operations: the phase of each node is 0 when it
 * depends on nothing, else 1 + the latest phase among its dependencies. One depth-first pass, O(nodes + edges),
 * without recursion (a long chain of new parents must not overflow the stack). `onCycle` gets the cycle's nodes.
 */
export function commitPhases<T>(
  nodes: Iterable<T>,
  dependencies: (node: T) => readonly T[],
  onCycle: (cycle: T[]) => never,
): Map<T, number> {
  const phase = new Map<T, number>();
  const onPath = new Set<T>();
  const stack: { node: T; deps: readonly T[]; next: number; max: number }[] = [];
  const enter = (node: T, deps: readonly T[]) => {
    onPath.add(node);
    stack.push({ node, deps, next: 0, max: -1 });
  };
  for (const start of nodes) {
    if (phase.has(start)) continue;
    const deps = dependencies(start);
    // Most new entities depend on nothing: phase 0, without a walk.
    if (!deps.length) {
      phase.set(start, 0);
      continue;
    }
    enter(start, deps);
    while (stack.length) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      if (top.next < top.deps.length) {
        const dep = top.deps[top.next++] as T;
        const known = phase.get(dep);
        if (known !== undefined) top.max = Math.max(top.max, known);
        else if (onPath.has(dep)) {
          const from = stack.findIndex((f) => f.node === dep);
          onCycle([...stack.slice(from).map((f) => f.node), dep]);
        } else enter(dep, dependencies(dep));
        continue;
      }
      stack.pop();
      onPath.delete(top.node);
      const p = top.max + 1;
      phase.set(top.node, p);
      const parent = stack[stack.length - 1];
      if (parent) parent.max = Math.max(parent.max, p);
    }
  }
  return phase;
}
