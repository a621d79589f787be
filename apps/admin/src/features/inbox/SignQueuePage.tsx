import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Empty, Flex, Space, Typography } from 'antd';
import { useCurrentUser } from '../../shared/auth/current-user';
import { itemPath } from '../../shared/paths';
import { formatDate, formatTime } from '../../shared/domain/labels';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { useT } from '../../shared/i18n/locale';
import { InboxQuery } from './inbox-queries';
import { SignActions } from './SignActions';
import { SigningDelegationSection } from './SigningDelegationSection';

/**
 * 一把手签字: every report of the unit awaiting signature waits here for its head ("签字就表明认可"), with the
 * 签字 and 退回 the API offers on it.
 */
export default function SignQueuePage() {
  const t = useT();
  const isHead = useCurrentUser().roles.includes('HEAD');
  // The unit's assignments awaiting signature carry the report and the item in one query.
  const { data, loading } = useQuery(InboxQuery, {
    variables: { status: ['AWAITING_SIGNATURE'], first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const rows = (data?.myAssignments.edges ?? []).flatMap(({ node: a }) => {
    const report = a.reports.find((r) => r.status === 'AWAITING_SIGNATURE');
    return report ? [{ a, report }] : [];
  });

  if (!data && loading) return <PageSpinner />;
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('sign.title')} data-testid="sign-queue">
        {!rows.length && <Empty description={t('sign.empty')} />}
        <Flex vertical gap={12}>
          {rows.map(({ a, report }) => (
            <Card
              key={report.id}
              size="small"
              type="inner"
              data-report-id={report.id}
              title={
                <Space>
                  <Typography.Text strong>{a.item?.regNumber}</Typography.Text>
                  <Link to={itemPath(a.itemId)}>{a.item?.title}</Link>
                </Space>
              }
              extra={<SignActions report={report} />}
            >
              <Descriptions size="small" column={3}>
                <Descriptions.Item label={t('item.issuer')}>{a.issuerUnit?.name}</Descriptions.Item>
                <Descriptions.Item label={t('common.deadline')}>{formatDate(a.deadline)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.submittedAt', { time: '' }).trim()}>
                  {formatTime(report.submittedAt)}
                </Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="sign-content">
                {report.content}
              </Typography.Paragraph>
            </Card>
          ))}
        </Flex>
      </Card>
      {/* 委托签字: a head names an acting signer for a period, and revokes it. */}
      {isHead && <SigningDelegationSection />}
    </Flex>
  );
}
