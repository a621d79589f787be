import { useEffect, useState } from 'react';
import { Breadcrumb, Card, Empty, Flex } from 'antd';
import { useCurrentUser } from '../../shared/auth/current-user';
import { useT } from '../../shared/i18n/locale';
import { OrgAdminActions } from './OrgAdminActions';
import { OrgDetail } from './OrgDetail';
import { OrgSearch, type OrgSearchMatch } from './OrgSearch';
import { OrgTree } from './OrgTree';
import { useOrgTree } from './use-org-tree';

// The window minus header, content padding and breadcrumb: the tree scrolls inside its card, the page does not.
const CARD_HEIGHT = 'calc(100vh - 130px)';

/**
 * 组织架构: the user's own unit and everything under it. Units above appear only in the breadcrumb, since a
 * user's scope is their subtree.
 */
export default function OrgPage() {
  const t = useT();
  const { orgUnit: root, roles } = useCurrentUser();
  const tree = useOrgTree(root);
  const [selectedId, setSelectedId] = useState(root.id);
  // A new object per reveal, so revealing the same unit twice scrolls twice.
  const [revealed, setRevealed] = useState<{ id: string } | null>(null);

  // After the opened levels are committed to the DOM, bring the revealed row into view.
  useEffect(() => {
    if (revealed)
      document.querySelector(`[data-unit-id="${revealed.id}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [revealed]);

  const reveal = async (match: OrgSearchMatch) => {
    // Levels to open: from the user's root down to the match's parent (the units above are not in the tree).
    const chain = match.ancestors.map((a) => a.id);
    const parents = match.id === root.id ? [] : chain.slice(Math.max(chain.indexOf(root.id), 0));
    if (!(await tree.expandPath(parents))) return;
    setSelectedId(match.id);
    setRevealed({ id: match.id });
  };

  return (
    <Flex vertical gap={12}>
      <Breadcrumb
        data-testid="org-breadcrumb"
        items={[...root.ancestors, root].map((u) => ({ key: u.id, title: u.name }))}
      />
      <Flex gap={16} align="start">
        <Card
          title={t('org.tree')}
          size="small"
          style={{ flex: 1, minWidth: 0, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column' }}
          styles={{ body: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 } }}
        >
          <OrgSearch onPick={(match) => void reveal(match)} />
          <div data-testid="org-tree" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
            <OrgTree tree={tree} selectedId={selectedId} onSelect={setSelectedId} />
            {root.childCount === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.treeEmpty')} />
            )}
          </div>
        </Card>
        <Card
          title={t('org.detail')}
          size="small"
          style={{ width: 440, flexShrink: 0 }}
          extra={roles.includes('ADMIN') && <OrgAdminActions id={selectedId} onChanged={tree.refresh} />}
        >
          <OrgDetail id={selectedId} />
        </Card>
      </Flex>
    </Flex>
  );
}
