import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Col, Empty, Flex, Result, Row, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { describeError } from '../../shared/api/errors';
import { useCurrentUser } from '../../shared/auth/current-user';
import { formatTime } from '../../shared/domain/labels';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { useT } from '../../shared/i18n/locale';
import { ReportDrawer } from '../items/ReportView';
import { MarkReadMutation } from '../notifications/NotificationBell';
import { entityId, type SectionRow } from './sections';
import { SectionCard } from './SectionCard';
import { MarkWorkbenchVisitedMutation, WorkbenchQuery } from './workbench-queries';

/**
 * 工作台, where everyone lands after login: a card for each section of the user's roles (待签收, 待签字,
 * 待审核, 红灯单位 …), most urgent first as the server orders them, every count from one query. Three
 * columns on a desktop, two on a small laptop, one on a phone.
 */
export default function WorkbenchPage() {
  const t = useT();
  const me = useCurrentUser();
  const [reportId, setReportId] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(WorkbenchQuery, { fetchPolicy: 'cache-and-network' });
  const [markVisited] = useMutation(MarkWorkbenchVisitedMutation);
  const [markRead] = useMutation(MarkReadMutation, {
    refetchQueries: ['UnreadCount', 'Notifications', 'Workbench'],
  });
  const wb = data?.workbench;

  // Once per opening: the server keeps the since-last-visit window put during a visit, so the list on
  // screen and the next reload agree; the response is not merged back (nothing here changes).
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || !wb?.since) return;
    marked.current = true;
    void markVisited();
  }, [wb?.since, markVisited]);

  const openMessage = (row: SectionRow) => void markRead({ variables: { ids: [entityId(row)] } });

  if (!wb) {
    if (loading) return <PageSpinner />;
    return error ? (
      <Result
        status="error"
        title={describeError(error)}
        extra={<Button onClick={() => void refetch()}>{t('app.reload')}</Button>}
      />
    ) : (
      <Empty />
    );
  }
  return (
    <Flex vertical gap={12} data-testid="workbench">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('workbench.title')}
          </Typography.Title>
          <Typography.Text type="secondary" ellipsis>
            {t('workbench.greeting', { name: me.displayName })}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('workbench.asOf', { time: formatTime(wb.asOf) })}
          </Typography.Text>
          <Button
            icon={<ReloadOutlined />}
            loading={loading}
            onClick={() => void refetch()}
            aria-label={t('workbench.refresh')}
          />
        </Flex>
      </Flex>
      <Row gutter={[12, 12]}>
        {wb.sections.map((s) => (
          <Col key={s.kind} xs={24} lg={12} xl={8}>
            <SectionCard
              section={s}
              since={wb.since}
              firstVisit={wb.firstVisit}
              ownUnitId={me.orgUnit.id}
              onOpenReport={setReportId}
              onOpenMessage={openMessage}
            />
          </Col>
        ))}
      </Row>
      {/* 待签字: the report's full text, one click from its row. */}
      <ReportDrawer reportId={reportId} onClose={() => setReportId(null)} />
    </Flex>
  );
}
