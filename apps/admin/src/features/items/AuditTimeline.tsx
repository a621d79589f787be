import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { appendEdges } from '../../shared/api/connections';
import { eventLabel, formatTime } from '../../shared/domain/labels';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { useT } from '../../shared/i18n/locale';
import { AuditIntegrity, EventHash, useAuditIntegrity } from './AuditIntegrity';
import { EditDiff } from './EditDiff';
import { ItemEventsQuery } from './item-queries';

const PAGE = 100;
const COLORS: Record<string, string> = {
  'report.accepted': 'green',
  'report.returned': 'red',
  'report.signature_refused': 'red',
  'assignment.urged': 'orange',
  'assignment.escalated': 'orange',
  'escalation.forwarded': 'orange',
  'extension.forwarded': 'cyan',
  'item.withdrawn': 'gray',
  'item.archived': 'gray',
  'item.edited': 'purple',
};

/** 全流程留痕: the item's append-only audit trail, oldest first, with 记录完整性 where the caller may verify it. */
export function AuditTimeline({ itemId }: { itemId: string }) {
  const t = useT();
  const { data, loading, fetchMore } = useQuery(ItemEventsQuery, {
    variables: { id: itemId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const verdict = useAuditIntegrity(itemId);
  const conn = data?.supervisionItem?.events;
  if (!conn) return loading ? <PageSpinner /> : <Empty />;
  return (
    <Flex vertical gap={8} data-testid="audit-timeline">
      <Flex>
        <AuditIntegrity verdict={verdict} />
      </Flex>
      <Timeline
        items={conn.edges.map(({ node: e }) => ({
          key: e.id,
          color: verdict?.brokenAt?.eventId === e.id ? 'red' : (COLORS[e.action] ?? 'blue'),
          title: formatTime(e.at),
          content: (
            <Flex vertical data-action={e.action}>
              <Typography.Text strong>
                {eventLabel(t, e.action)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </Typography.Text>
              {e.text && <Typography.Text type="secondary">{e.text}</Typography.Text>}
              {e.action === 'item.edited' && <EditDiff before={e.before} after={e.after} />}
              <Flex gap={6} align="center">
                <EventHash hash={e.hash} prevHash={e.prevHash} />
                {verdict?.brokenAt?.eventId === e.id && <Tag color="error">{t('audit.brokenTag')}</Tag>}
              </Flex>
            </Flex>
          ),
        }))}
      />
      {conn.pageInfo.hasNextPage && (
        <Button
          size="small"
          onClick={() =>
            void fetchMore({
              variables: { after: conn.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => {
                const p = prev.supervisionItem;
                const n = fetchMoreResult.supervisionItem;
                if (!p || !n) return prev;
                return {
                  ...prev,
                  supervisionItem: {
                    ...p,
                    events: appendEdges(p.events, n.events),
                  },
                };
              },
            })
          }
        >
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
