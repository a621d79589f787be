/** A page fetched with fetchMore added to the list shown: `next` (its pageInfo and total) with both pages' edges. */
export function appendEdges<C extends { edges: readonly unknown[] }>(prev: C, next: C): C {
  return { ...next, edges: [...prev.edges, ...next.edges] };
}
