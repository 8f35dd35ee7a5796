/**
 * Cycles in a graph where every node points to at most one other node (a unit's parent, an
 * employee's supervisor). Each cycle is returned once, starting at the node met first in `nodes`.
 */
export function findCycles(nodes: Iterable<string>, next: (node: string) => string | null): string[][] {
  const state = new Map<string, "visiting" | "done">();
  const cycles: string[][] = [];
  for (const start of nodes) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let node: string | null = start;
    while (node !== null && !state.has(node)) {
      state.set(node, "visiting");
      path.push(node);
      node = next(node);
    }
    if (node !== null && state.get(node) === "visiting") cycles.push(path.slice(path.indexOf(node)));
    for (const visited of path) state.set(visited, "done");
  }
  return cycles;
}

/**
 * Orders `nodes` so that every node comes after the node it points to (parents before children,
 * supervisors before their staff). Pointers outside `nodes` are ignored. The graph must be acyclic.
 */
export function parentsFirst<T>(nodes: readonly T[], key: (node: T) => string, next: (node: T) => string | null): T[] {
  const byKey = new Map(nodes.map((node) => [key(node), node]));
  const placed = new Set<string>();
  const ordered: T[] = [];
  for (const node of nodes) {
    const chain: T[] = [];
    let current: T | undefined = node;
    while (current !== undefined && !placed.has(key(current)) && !chain.includes(current)) {
      chain.push(current);
      const parent = next(current);
      current = parent === null ? undefined : byKey.get(parent);
    }
    for (const item of chain.reverse()) {
      placed.add(key(item));
      ordered.push(item);
    }
  }
  return ordered;
}
