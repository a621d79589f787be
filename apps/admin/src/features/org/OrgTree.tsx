import { Flex, Tree, Typography } from 'antd';
import { OrgKindTag } from './OrgKindTag';
import type { OrgDataNode, useOrgTree } from './use-org-tree';

interface Props {
  tree: ReturnType<typeof useOrgTree>;
  selectedId: string;
  onSelect: (id: string) => void;
}

/** The org tree, one level fetched per expand; leaves come from childCount, so no empty expands. */
export function OrgTree({ tree, selectedId, onSelect }: Props) {
  return (
    <Tree<OrgDataNode>
      blockNode
      showLine={{ showLeafIcon: false }}
      // No expand animation: levels already appear when their request returns, and a search match can be
      // scrolled to as soon as its row renders.
      motion={false}
      treeData={tree.treeData}
      expandedKeys={tree.expandedKeys}
      loadedKeys={tree.loadedKeys}
      onExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
      loadData={(node) => tree.loadChildren(String(node.key))}
      selectedKeys={[selectedId]}
      // Clicking the selected node again keeps it selected: the detail panel always shows a unit.
      onSelect={(_keys, { node }) => onSelect(String(node.key))}
      titleRender={(node) => (
        <Flex gap={8} align="center" data-unit-id={node.key} data-kind={node.unit.kind}>
          <Typography.Text>{node.unit.name}</Typography.Text>
          <OrgKindTag kind={node.unit.kind} subtype={node.unit.subtype} />
        </Flex>
      )}
    />
  );
}
