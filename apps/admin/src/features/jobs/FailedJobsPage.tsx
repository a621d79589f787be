import { useState } from 'react';
import { Navigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { FailedJobsQuery as FailedJobsData, JobQueue } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { useCurrentUser } from '../../shared/auth/current-user';
import { formatTime } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { HOME_PATH } from '../../shared/paths';
import { CardList, useIsPhone } from '../../shared/ui/RowCard';
import { DiscardFailedJobMutation, FailedJobsQuery, RetryFailedJobMutation } from './job-queries';

type FailedJob = FailedJobsData['failedJobs'][number];
const QUEUES: readonly JobQueue[] = ['EVENTS', 'ORG_IMPORT', 'SPREADSHEETS', 'DEADLINES'];

/**
 * 失败任务 (ADMIN): background jobs of the tenant that failed for good, with the reason the worker
 * recorded; 重试 puts one back in its queue, 丢弃 removes it. The server audits both.
 */
export default function FailedJobsPage() {
  const t = useT();
  const me = useCurrentUser();
  const phone = useIsPhone();
  const { message, modal } = App.useApp();
  const [queue, setQueue] = useState<JobQueue | null>(null);
  const { data, loading, refetch } = useQuery(FailedJobsQuery, {
    variables: { queue },
    fetchPolicy: 'cache-and-network',
    skip: !me.roles.includes('ADMIN'),
  });
  const [retry] = useMutation(RetryFailedJobMutation);
  const [discard] = useMutation(DiscardFailedJobMutation);
  if (!me.roles.includes('ADMIN')) return <Navigate to={HOME_PATH} replace />;

  const jobs = data?.failedJobs ?? [];
  const act = async (job: FailedJob, action: 'retry' | 'discard') => {
    try {
      const variables = { queue: job.queue, id: job.id };
      if (action === 'retry') await retry({ variables });
      else await discard({ variables });
      message.success(t(action === 'retry' ? 'jobs.retried' : 'jobs.discarded'));
    } catch (e) {
      message.error(describeError(e));
    }
    await refetch();
  };
  const confirmDiscard = (job: FailedJob) =>
    modal.confirm({
      title: t('jobs.discardTitle'),
      content: t(job.queue === 'EVENTS' ? 'jobs.discardEvent' : 'jobs.discardOther'),
      okText: t('jobs.discard'),
      okButtonProps: { danger: true },
      onOk: () => act(job, 'discard'),
    });
  const actions = (job: FailedJob) => (
    <Space wrap>
      <Button size="small" onClick={() => act(job, 'retry')} data-testid="job-retry">
        {t('jobs.retry')}
      </Button>
      <Button size="small" danger onClick={() => confirmDiscard(job)} data-testid="job-discard">
        {t('jobs.discard')}
      </Button>
    </Space>
  );
  const queueTag = (q: JobQueue) => <Tag>{t(`jobs.queue.${q}`)}</Tag>;

  const columns: TableColumnsType<FailedJob> = [
    { title: t('jobs.queueColumn'), dataIndex: 'queue', width: 120, render: queueTag },
    {
      title: t('jobs.job'),
      key: 'job',
      render: (_, job) => (
        <Flex vertical>
          <Typography.Text>{job.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {job.subject || job.id}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('jobs.reason'),
      dataIndex: 'failedReason',
      render: (reason: string) => (
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>{reason}</Typography.Text>
      ),
    },
    { title: t('jobs.attempts'), dataIndex: 'attemptsMade', width: 80 },
    {
      title: t('jobs.failedAt'),
      dataIndex: 'failedAt',
      width: 150,
      render: (v: string | null) => formatTime(v),
    },
    { title: t('common.actions'), key: 'actions', width: 150, render: (_, job) => actions(job) },
  ];

  return (
    <Card
      title={t('nav.failedJobs')}
      extra={
        <Space wrap>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('jobs.allQueues')}
            value={queue}
            onChange={(v) => setQueue(v ?? null)}
            options={QUEUES.map((q) => ({ value: q, label: t(`jobs.queue.${q}`) }))}
            aria-label={t('jobs.queueColumn')}
          />
          <Button icon={<ReloadOutlined />} onClick={() => refetch()} aria-label={t('jobs.reload')} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('jobs.intro')}</Typography.Paragraph>
      {phone ? (
        <CardList loading={loading} empty={t('jobs.none')} testId="failed-jobs">
          {jobs.map((job) => (
            <Card key={`${job.queue}:${job.id}`} size="small" data-testid="failed-job">
              <Flex vertical gap={6}>
                <Space wrap>
                  {queueTag(job.queue)}
                  <Typography.Text strong>{job.name}</Typography.Text>
                </Space>
                <Typography.Text type="secondary">{job.subject || job.id}</Typography.Text>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>{job.failedReason}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('jobs.attempts')} {job.attemptsMade} · {formatTime(job.failedAt)}
                </Typography.Text>
                {actions(job)}
              </Flex>
            </Card>
          ))}
        </CardList>
      ) : (
        <Table<FailedJob>
          rowKey={(job) => `${job.queue}:${job.id}`}
          columns={columns}
          dataSource={jobs}
          loading={loading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('jobs.none') }}
          onRow={() => ({ 'data-testid': 'failed-job' }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
    </Card>
  );
}
