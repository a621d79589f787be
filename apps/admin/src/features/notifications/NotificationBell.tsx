import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Empty, Flex, List, Popover, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { itemPath } from '../../shared/paths';
import { eventLabel, formatTime } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';

const UnreadCountQuery = graphql(`
  query UnreadCount {
    unreadNotificationCount
  }
`);

const NotificationsQuery = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      totalCount
      edges {
        node {
          id
          title
          topic
          itemId
          item {
            id
            title
            regNumber
          }
          createdAt
          readAt
        }
      }
    }
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** 消息: the unread count in the header (refreshed every 30 s), the latest messages in a popover. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const { data: count } = useQuery(UnreadCountQuery, {
    pollInterval: 30_000,
    fetchPolicy: 'cache-and-network',
  });
  const { data, refetch } = useQuery(NotificationsQuery, {
    variables: { first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkReadMutation, { refetchQueries: ['UnreadCount', 'Notifications'] });
  const unread = count?.unreadNotificationCount ?? 0;
  const items = data?.notifications.edges.map((e) => e.node) ?? [];

  const content = (
    <Flex vertical style={{ width: 360 }} data-testid="notification-list">
      <List
        size="small"
        style={{ maxHeight: 400, overflow: 'auto' }}
        dataSource={items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notice.empty')} /> }}
        renderItem={(n) => (
          <List.Item
            style={{ cursor: n.itemId ? 'pointer' : undefined }}
            onClick={() => {
              if (!n.readAt) void markRead({ variables: { ids: [n.id] } });
              if (n.itemId) navigate(itemPath(n.itemId));
            }}
          >
            <Flex vertical data-topic={n.topic}>
              <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
              {n.item && (
                <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 320, fontSize: 12 }}>
                  <Link
                    to={itemPath(n.item.id)}
                    data-testid="notification-item"
                    onClick={(e) => {
                      // The row would navigate too: mark it read here and go once.
                      e.stopPropagation();
                      if (!n.readAt) void markRead({ variables: { ids: [n.id] } });
                    }}
                  >
                    {[n.item.regNumber, n.item.title].filter(Boolean).join(' · ')}
                  </Link>
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Tag variant="filled" style={{ fontSize: 11, marginInlineEnd: 6 }}>
                  {eventLabel(t, n.topic)}
                </Tag>
                {formatTime(n.createdAt)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <Button
        size="small"
        type="link"
        disabled={!unread}
        onClick={() => void markRead({ variables: { ids: null } })}
      >
        {t('notice.markAll')}
      </Button>
    </Flex>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('notice.title')}
      content={content}
      onOpenChange={(open) => open && void refetch()}
    >
      <span data-testid="unread-badge" data-count={unread}>
        <Badge count={unread} size="small">
          <Button type="text" icon={<BellOutlined />} aria-label={t('notice.title')} />
        </Badge>
      </span>
    </Popover>
  );
}
