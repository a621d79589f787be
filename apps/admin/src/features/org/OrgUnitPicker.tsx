import { useEffect, useMemo, useRef, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { Flex, Spin, TreeSelect, Typography } from 'antd';
import { useCurrentUser } from '../../shared/auth/current-user';
import { useT } from '../../shared/i18n/locale';
import { useDebounced } from '../../shared/use-debounced';
import { OrgKindTag } from './OrgKindTag';
import { OrgSearchQuery } from './org-queries';
import { useOrgTree, type OrgDataNode } from './use-org-tree';

/** Matches shown per search; a longer name narrows them down. */
const SEARCH_PAGE = 30;

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
  /** The control's accessible name where no form label names it (filter bars). */
  'aria-label'?: string;
  /**
   * Ancestors of the current value (top first, may start above the user's root): their levels are loaded
   * on mount so an existing value shows its name rather than its id.
   */
  valuePath?: string[];
}

type PickerNode = OrgDataNode & { selectable?: boolean; path?: string };
type Labeled = { value: string; label: React.ReactNode };

/**
 * Picks units on the caller's org tree: browsing loads one level per expand (the same tree as 组织架构);
 * typing searches the caller's whole subtree through the API (debounced), listing each match with its path
 * (睢县 / 城关镇) so same-named units can be told apart. Works as an antd form control: value is a unit id, or
 * an array of ids when multiple. Chosen units keep their names whichever way they were found.
 */
export function OrgUnitPicker({ multiple, rootSelectable, placeholder, valuePath, ...rest }: Props) {
  const t = useT();
  const { orgUnit: root } = useCurrentUser();
  const tree = useOrgTree(root);
  const { loadChildren, unitsById } = tree;
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 300);
  const { data: found, loading: searching } = useQuery(
    OrgSearchQuery,
    term ? { variables: { search: term, first: SEARCH_PAGE } } : skipToken,
  );
  // Names of units picked from search results, which the browsed tree may not have loaded.
  const picked = useRef(new Map<string, string>());
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

  const selectable = (id: string) => id !== root.id || !!rootSelectable;
  const mark = (nodes: OrgDataNode[]): PickerNode[] =>
    nodes.map((n) => ({ ...n, selectable: selectable(n.key), children: n.children && mark(n.children) }));
  const hits = useMemo<PickerNode[]>(() => {
    if (!search.trim()) return [];
    return (found?.orgUnits.edges ?? []).map(({ node }) => {
      // The path below the caller's own unit, ending with the match: 睢县 / 城关镇.
      const chain = node.ancestors.map((a) => a.name);
      const below = chain.slice(Math.max(node.ancestors.findIndex((a) => a.id === root.id) + 1, 0));
      return {
        key: node.id,
        title: node.name,
        unit: node,
        isLeaf: true,
        selectable: node.id !== root.id || !!rootSelectable,
        path: [...below, node.name].join(' / '),
      };
    });
  }, [found, search, root.id, rootSelectable]);
  const searchingNow = !!search.trim();

  const nameOf = (id: string) => unitsById.get(id)?.name ?? picked.current.get(id) ?? id;
  const ids = rest.value == null ? [] : Array.isArray(rest.value) ? rest.value : [rest.value];
  const labeled: Labeled[] = ids.map((id) => ({ value: id, label: nameOf(id) }));
  // A unit picked from the search results: keep its name, which the browsed tree may not have loaded.
  const remember = (id: string) => {
    const found = hits.find((h) => h.key === id);
    if (found) picked.current.set(id, found.unit.name);
  };

  return (
    <TreeSelect<Labeled | Labeled[]>
      id={rest.id}
      style={rest.style}
      data-testid={rest['data-testid']}
      aria-label={rest['aria-label']}
      labelInValue
      value={multiple ? labeled : (labeled[0] ?? undefined)}
      onChange={(v) => {
        const list = v == null ? [] : Array.isArray(v) ? v : [v];
        const chosen = list.map((x) => String(x.value));
        chosen.forEach(remember);
        setSearch('');
        rest.onChange?.(multiple ? chosen : chosen[0]);
      }}
      multiple={multiple}
      allowClear
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      onOpenChange={(open) => !open && setSearch('')}
      placeholder={placeholder ?? t('item.unitPlaceholder')}
      treeData={searchingNow ? hits : mark(tree.treeData)}
      fieldNames={{ label: 'title', value: 'key', children: 'children' }}
      treeExpandedKeys={searchingNow ? [] : tree.expandedKeys}
      onTreeExpand={(keys) => !searchingNow && tree.setExpandedKeys(keys.map(String))}
      treeLoadedKeys={tree.loadedKeys}
      loadData={(node) => tree.loadChildren(String(node.key)).then(() => undefined)}
      notFoundContent={
        searchingNow && (searching || term !== search.trim()) ? <Spin size="small" /> : t('org.searchEmpty')
      }
      // Also called for the chosen value's label, which has no unit: that shows the plain name.
      treeTitleRender={(node) =>
        node.unit ? (
          <span data-unit-id={node.key} data-testid={node.path ? 'org-picker-hit' : undefined}>
            <span className="unit-name">{node.unit.name}</span>{' '}
            <OrgKindTag kind={node.unit.kind} subtype={node.unit.subtype} />
            {node.path && (
              <Typography.Text
                type="secondary"
                className="unit-path"
                style={{ fontSize: 12, marginInlineStart: 6 }}
              >
                {node.path}
              </Typography.Text>
            )}
          </span>
        ) : (
          String(node.title ?? '')
        )
      }
      popupRender={(menu) =>
        searchingNow && (found?.orgUnits.totalCount ?? 0) > SEARCH_PAGE ? (
          <Flex vertical>
            {menu}
            <Typography.Text type="secondary" style={{ fontSize: 12, padding: '4px 12px' }}>
              {t('org.searchMore', { shown: SEARCH_PAGE })}
            </Typography.Text>
          </Flex>
        ) : (
          menu
        )
      }
      listHeight={320}
      popupMatchSelectWidth={false}
      maxTagCount="responsive"
    />
  );
}
