import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { NotificationOutlined } from '@ant-design/icons';
import { useCurrentUser } from '../../shared/auth/current-user';
import { formatDate } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { PrintButtons } from '../documents/PrintButtons';
import { ItemBulletinsQuery } from './assessment-queries';
import { IssueBulletinModal } from './IssueBulletinModal';
import type { PickedItem } from './ItemPicker';

/**
 * 督查通报 concerning one item (the item page's tab): each with its number, praise or criticism, the units it
 * names and their points, as far as the caller may see them (the same scope as the bulletin list). Supervisors
 * and leaders can issue one about this item from here.
 */
export function ItemBulletins({ item }: { item: PickedItem }) {
  const t = useT();
  const me = useCurrentUser();
  const [issuing, setIssuing] = useState(false);
  const { data, loading } = useQuery(ItemBulletinsQuery, {
    variables: { itemId: item.id, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.bulletins.edges.map((e) => e.node) ?? [];
  // The same roles the API lets issue a bulletin (issueBulletin).
  const canIssue = me.roles.includes('SUPERVISOR') || me.roles.includes('LEADER');

  return (
    <Flex vertical gap={8} data-testid="item-bulletins">
      {canIssue && (
        <Button
          icon={<NotificationOutlined />}
          style={{ alignSelf: 'end' }}
          onClick={() => setIssuing(true)}
          data-testid="item-bulletin-issue"
        >
          {t('bulletin.issue')}
        </Button>
      )}
      <List
        loading={loading && !rows.length}
        dataSource={rows}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(canIssue ? 'bulletin.itemEmptyIssuer' : 'bulletin.itemEmpty')}
            />
          ),
        }}
        renderItem={(b) => (
          <List.Item
            data-testid="item-bulletin"
            data-number={b.number}
            actions={[
              <PrintButtons key="print" subjectId={b.id} kinds={b.printableDocuments} size="small" />,
            ]}
          >
            <Flex vertical gap={4}>
              <Space wrap size={4}>
                <Typography.Text strong>{b.number}</Typography.Text>
                <Tag color={b.kind === 'PRAISE' ? 'green' : 'red'}>{t(`bulletin.kind.${b.kind}`)}</Tag>
                <Typography.Text>{b.title}</Typography.Text>
              </Space>
              <Space wrap size={4}>
                {b.targets.map((s) => (
                  <Tag key={s.id} color={s.points > 0 ? 'green' : 'red'}>
                    {s.unit?.name} {s.points > 0 ? `+${s.points}` : s.points}
                  </Tag>
                ))}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {b.issuerUnit?.name} · {formatDate(b.createdAt)}
                </Typography.Text>
              </Space>
            </Flex>
          </List.Item>
        )}
      />
      {issuing && <IssueBulletinModal item={item} onClose={() => setIssuing(false)} />}
    </Flex>
  );
}
