import { useCallback, useMemo, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { OrgTreeNodeFragment } from '../../gql/graphql';
import { OrgChildrenQuery } from './org-queries';

export interface OrgDataNode {
  key: string;
  /** Plain name: antd uses it as the row's tooltip; the row itself is drawn by titleRender. */
  title: string;
  unit: OrgTreeNodeFragment;
  isLeaf: boolean;
  children?: OrgDataNode[];
}

/**
 * State of the lazily loaded org tree below `root`: which levels are loaded and which are expanded.
 * Kept outside the Tree component so the search can open the path to a match.
 */
export function useOrgTree(root: OrgTreeNodeFragment) {
  const client = useApolloClient();
  const [childrenOf, setChildrenOf] = useState<Record<string, OrgTreeNodeFragment[]>>({});
  const [expandedKeys, setExpandedKeys] = useState<string[]>([root.id]);
  // In-flight and finished loads, so concurrent expands and reveals fetch each level once.
  const loads = useRef(new Map<string, Promise<boolean>>());

  /** Resolves true once the children of `id` are in the tree; false when the request failed. */
  const loadChildren = useCallback(
    (id: string): Promise<boolean> => {
      const known = loads.current.get(id);
      if (known) return known;
      const load = client.query({ query: OrgChildrenQuery, variables: { id } }).then(
        ({ data }) => {
          const children = data?.orgUnit?.children ?? [];
          setChildrenOf((prev) => ({ ...prev, [id]: children }));
          return true;
        },
        () => {
          // The error link already told the user; collapse so that expanding again retries.
          loads.current.delete(id);
          setExpandedKeys((keys) => keys.filter((k) => k !== id));
          return false;
        },
      );
      loads.current.set(id, load);
      return load;
    },
    [client],
  );

  const treeData = useMemo(() => {
    const toNode = (unit: OrgTreeNodeFragment): OrgDataNode => ({
      key: unit.id,
      title: unit.name,
      unit,
      // A level fetched again (after a department was added) knows better than the parent's stale count.
      isLeaf: (childrenOf[unit.id]?.length ?? unit.childCount) === 0,
      children: childrenOf[unit.id]?.map(toNode),
    });
    return [toNode(root)];
  }, [root, childrenOf]);

  /** Loads and expands each of `parentIds` (root first), so the children of the last one are visible. */
  const expandPath = useCallback(
    async (parentIds: string[]) => {
      for (const id of parentIds) if (!(await loadChildren(id))) return false;
      setExpandedKeys((keys) => [...new Set([...keys, ...parentIds])]);
      return true;
    },
    [loadChildren],
  );

  /** Fetches the children of `id` again (bypassing the cache) and opens the node: after a unit changed. */
  const refresh = useCallback(
    async (id: string) => {
      const { data } = await client.query({
        query: OrgChildrenQuery,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      const children = data?.orgUnit?.children ?? [];
      loads.current.set(id, Promise.resolve(true));
      setChildrenOf((prev) => ({ ...prev, [id]: children }));
      setExpandedKeys((keys) => (keys.includes(id) ? keys : [...keys, id]));
    },
    [client],
  );

  /** Every unit loaded so far, by id (a picker names its value from it). */
  const unitsById = useMemo(() => {
    const map = new Map<string, OrgTreeNodeFragment>([[root.id, root]]);
    for (const units of Object.values(childrenOf)) for (const u of units) map.set(u.id, u);
    return map;
  }, [root, childrenOf]);

  return {
    treeData,
    unitsById,
    refresh,
    expandedKeys,
    setExpandedKeys,
    loadedKeys: Object.keys(childrenOf),
    loadChildren,
    expandPath,
  };
}
