import { Link } from 'react-router';
import { Empty, Flex, List, Typography } from 'antd';
import type { CockpitAggregatesQuery } from '../../gql/graphql';
import { LightBadge } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';

type RedItem = NonNullable<CockpitAggregatesQuery['cockpit']>['redItems'][number];

/**
 * 红灯事项 of the level shown: each item with the chain down to the unit whose light is red and why; the
 * item opens on its page, where the chain drills down level by level.
 */
export function RedItemList({ items }: { items: readonly RedItem[] }) {
  const t = useT();
  if (!items.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cockpit.redItemsEmpty')} />;
  return (
    <List
      size="small"
      dataSource={[...items]}
      renderItem={(i) => (
        <List.Item data-item-id={i.itemId}>
          <Flex vertical style={{ minWidth: 0 }}>
            <Link to={itemPath(i.itemId)}>
              <Typography.Text ellipsis={{ tooltip: i.title }} style={{ color: 'inherit' }}>
                {i.regNumber} {i.title}
              </Typography.Text>
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i.chain.join(' → ')}
              {i.redCount > 1 ? ` ${t('cockpit.redMore', { count: i.redCount - 1 })}` : ''}
            </Typography.Text>
            <LightBadge light="RED" reason={i.lightReason} />
          </Flex>
        </List.Item>
      )}
    />
  );
}
