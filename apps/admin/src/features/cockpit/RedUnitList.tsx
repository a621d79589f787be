import { Link } from 'react-router';
import { Empty, Flex, List, Typography } from 'antd';
import { LightBadge } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';

export interface RedUnit {
  id: string;
  name: string;
  /** Why its roll-up is red, in the caller's language. */
  reason: string;
}

/**
 * 红灯清单: units whose roll-up is red, each with the reason; a unit links where `href` says (the
 * cockpit drilled down to it), or reads as plain text.
 */
export function RedUnitList({ units, href }: { units: readonly RedUnit[]; href?: (id: string) => string }) {
  const t = useT();
  if (!units.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cockpit.redListEmpty')} />;
  return (
    <List
      size="small"
      dataSource={[...units]}
      renderItem={(u) => (
        <List.Item data-unit-id={u.id}>
          <Flex vertical style={{ minWidth: 0 }}>
            {href ? (
              <Link to={href(u.id)}>
                <Typography.Text strong ellipsis={{ tooltip: u.name }} style={{ color: 'inherit' }}>
                  {u.name}
                </Typography.Text>
              </Link>
            ) : (
              <Typography.Text strong>{u.name}</Typography.Text>
            )}
            <LightBadge light="RED" reason={u.reason} />
          </Flex>
        </List.Item>
      )}
    />
  );
}
