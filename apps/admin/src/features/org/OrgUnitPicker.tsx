import { useEffect } from 'react';
import { TreeSelect } from 'antd';
import { useCurrentUser } from '../../shared/auth/current-user';
import { useT } from '../../shared/i18n/locale';
import { OrgKindTag } from './OrgKindTag';
import { useOrgTree, type OrgDataNode } from './use-org-tree';

interface Props {
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  placeholder?: string;
  /** The user's own unit can be picked too (e.g. as a cascade scope); not as an assignee. */
  rootSelectable?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
  /**
   * Ancestors of the current value (top first, may start above the user's root): their levels are loaded
   * on mount so an existing value shows its name rather than its id.
   */
  valuePath?: string[];
}

/**
 * Picks units on the caller's org tree, loading one level per expand (the same tree as 组织架构). Works as
 * an antd form control: value is a unit id, or an array of ids when multiple.
 */
export function OrgUnitPicker({ multiple, rootSelectable, placeholder, valuePath, ...rest }: Props) {
  const t = useT();
  const { orgUnit: root } = useCurrentUser();
  const tree = useOrgTree(root);
  const { loadChildren } = tree;
  const pathKey = valuePath?.join('/');
  useEffect(() => {
    if (!pathKey) return;
    const chain = pathKey.split('/');
    const from = chain.indexOf(root.id);
    if (from < 0) return;
    void (async () => {
      for (const id of chain.slice(from)) if (!(await loadChildren(id))) return;
    })();
  }, [pathKey, root.id, loadChildren]);
  const mark = (nodes: OrgDataNode[]): (OrgDataNode & { selectable?: boolean })[] =>
    nodes.map((n) => ({
      ...n,
      selectable: n.key !== root.id || !!rootSelectable,
      children: n.children && mark(n.children),
    }));

  return (
    <TreeSelect<string | string[]>
      {...rest}
      value={rest.value ?? undefined}
      onChange={(v) => rest.onChange?.(v)}
      multiple={multiple}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={placeholder ?? t('item.unitPlaceholder')}
      treeData={mark(tree.treeData)}
      fieldNames={{ label: 'title', value: 'key', children: 'children' }}
      treeExpandedKeys={tree.expandedKeys}
      onTreeExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
      treeLoadedKeys={tree.loadedKeys}
      loadData={(node) => tree.loadChildren(String(node.key)).then(() => undefined)}
      // Also called for the chosen value's label, which has no unit: that shows the plain name.
      treeTitleRender={(node) =>
        node.unit ? (
          <span data-unit-id={node.key}>
            <span className="unit-name">{node.unit.name}</span>{' '}
            <OrgKindTag kind={node.unit.kind} subtype={node.unit.subtype} />
          </span>
        ) : (
          String(node.title ?? '')
        )
      }
      listHeight={320}
      popupMatchSelectWidth={false}
      maxTagCount="responsive"
    />
  );
}
