import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Empty, Flex, Popconfirm, Space, Typography } from 'antd';
import { itemPath } from '../../shared/paths';
import { describeError } from '../../shared/api/errors';
import { formatDate, formatTime } from '../../shared/domain/labels';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { InboxQuery, RefuseSignatureMutation, SignMutation } from './inbox-queries';

/**
 * 一把手签字: every report of the unit waits here for its head ("签字就表明认可"); signing sends it up for
 * review, refusing sends it back to the liaison with the reason.
 */
export default function SignQueuePage() {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  // The unit's assignments awaiting signature carry the report and the item in one query.
  const { data, loading } = useQuery(InboxQuery, {
    variables: { status: ['AWAITING_SIGNATURE'], first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const opts = { context: { inlineErrors: true }, refetchQueries: ['Inbox'], awaitRefetchQueries: true };
  const [sign, { loading: signing }] = useMutation(SignMutation, opts);
  const [refuse] = useMutation(RefuseSignatureMutation, opts);
  const rows = (data?.myAssignments.edges ?? []).flatMap(({ node: a }) => {
    const report = a.reports.find((r) => r.status === 'AWAITING_SIGNATURE');
    return report ? [{ a, report }] : [];
  });

  if (!data && loading) return <PageSpinner />;
  return (
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
            extra={
              <Space>
                <Button
                  danger
                  onClick={() =>
                    prompt({
                      title: t('sign.refuseTitle'),
                      label: t('common.reason'),
                      required: true,
                      danger: true,
                      onSubmit: (reason) =>
                        refuse({ variables: { reportId: report.id, reason } }).then(
                          () => void message.success(t('sign.refused')),
                          (err: unknown) => {
                            void message.error(describeError(err));
                            throw err;
                          },
                        ),
                    })
                  }
                >
                  {t('sign.refuse')}
                </Button>
                <Popconfirm
                  title={t('sign.signConfirm')}
                  okText={t('sign.sign')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    sign({ variables: { reportId: report.id } }).then(
                      () => void message.success(t('sign.signed')),
                      (err: unknown) => void message.error(describeError(err)),
                    )
                  }
                >
                  <Button type="primary" loading={signing} data-testid="sign-report">
                    {t('sign.sign')}
                  </Button>
                </Popconfirm>
              </Space>
            }
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
      {promptElement}
    </Card>
  );
}
