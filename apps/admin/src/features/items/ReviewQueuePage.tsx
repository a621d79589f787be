import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReportFieldsFragment, ReviewQueueQuery as ReviewQueueResult } from '../../gql/graphql';
import { itemPath } from '../../shared/paths';
import { describeError } from '../../shared/api/errors';
import { formatDate, formatTime } from '../../shared/domain/labels';
import { AssignmentOperation, ReportOperation } from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { AssignmentContextQuery, DecideExtensionMutation, ReviewQueueQuery } from './assignment-queries';
import { ReviewModal } from './ReviewModal';
import { HashMark, SignedBy } from './ReportView';

type Extension = ReviewQueueResult['pendingExtensionRequests'][number];
type QueuedReport = ReviewQueueResult['reportQueue'][number];

/** Which item and unit a queued report or request is about (the API's Report carries only ids). */
function AssignmentContext({ id, part }: { id: string; part: 'item' | 'unit' }) {
  const { data } = useQuery(AssignmentContextQuery, { variables: { id } });
  const a = data?.assignment;
  if (!a) return <Typography.Text type="secondary">…</Typography.Text>;
  if (part === 'unit') return <>{a.unit?.name}</>;
  return a.item ? (
    <Link to={itemPath(a.item.id)}>
      {a.item.regNumber} {a.item.title}
    </Link>
  ) : null;
}

/**
 * 同意 / 不同意 for one extension request, when the API offers 审批延期 on its assignment (read with the same
 * cached query as the context cells, so no extra round trip).
 */
function ExtensionDecision({
  x,
  decide,
}: {
  x: Extension;
  decide: (x: Extension, approve: boolean) => void;
}) {
  const t = useT();
  const { data } = useQuery(AssignmentContextQuery, { variables: { id: x.assignmentId } });
  if (!data?.assignment?.allowedActions.includes(AssignmentOperation.DECIDE_EXTENSION)) return null;
  return (
    <Space size={4}>
      <Button size="small" type="primary" onClick={() => decide(x, true)}>
        {t('ext.approve')}
      </Button>
      <Button size="small" danger onClick={() => decide(x, false)}>
        {t('ext.refuse')}
      </Button>
    </Space>
  );
}

/**
 * 待审核: signed reports waiting for this office's review — who signed, whether each still matches its hash, and
 * how many sub-unit reports a composed one cites — and extension requests to decide.
 */
export default function ReviewQueuePage() {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const [reviewing, setReviewing] = useState<ReportFieldsFragment | null>(null);
  const { data, loading } = useQuery(ReviewQueueQuery, { fetchPolicy: 'cache-and-network' });
  const [decide] = useMutation(DecideExtensionMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['ReviewQueue'],
  });

  const reportColumns: TableColumnsType<QueuedReport> = [
    {
      title: t('inbox.item'),
      width: 200,
      ellipsis: true,
      render: (_, r) => <AssignmentContext id={r.assignmentId} part="item" />,
    },
    {
      title: t('common.unit'),
      width: 160,
      render: (_, r) => <AssignmentContext id={r.assignmentId} part="unit" />,
    },
    {
      title: t('inbox.reportContent'),
      width: 240,
      ellipsis: true,
      render: (_, r) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis>{r.content}</Typography.Text>
          {r.citations.length > 0 && (
            <span>
              <Tag color="geekblue" data-testid="queue-cited" data-count={r.citations.length}>
                {t('review.cited', { count: r.citations.length })}
              </Tag>
            </span>
          )}
        </Flex>
      ),
    },
    {
      title: t('report.signer'),
      width: 210,
      render: (_, r) => (
        <Flex vertical gap={2}>
          {r.signer ? (
            <SignedBy name={r.signer.displayName} forName={r.signedFor?.displayName} time={r.signedAt} />
          ) : (
            formatTime(r.signedAt)
          )}
          <HashMark hash={r.hash} verified={r.hashVerified} />
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      width: 90,
      render: (_, r) =>
        r.allowedActions.includes(ReportOperation.REVIEW) && (
          <Button type="primary" size="small" onClick={() => setReviewing(r)} data-testid="queue-review">
            {t('detail.review')}
          </Button>
        ),
    },
  ];
  const decideBy = (x: Extension, approve: boolean) =>
    prompt({
      title: t(approve ? 'ext.approve' : 'ext.refuse'),
      label: t('ext.comment'),
      required: !approve,
      danger: !approve,
      onSubmit: (comment) =>
        decide({ variables: { requestId: x.id, approve, comment: comment || null } }).then(
          () => void message.success(t('common.done')),
          (err: unknown) => {
            void message.error(describeError(err));
            throw err;
          },
        ),
    });
  const extColumns: TableColumnsType<Extension> = [
    {
      title: t('inbox.item'),
      width: 200,
      ellipsis: true,
      render: (_, x) => <AssignmentContext id={x.assignmentId} part="item" />,
    },
    {
      title: t('common.unit'),
      width: 160,
      render: (_, x) => <AssignmentContext id={x.assignmentId} part="unit" />,
    },
    { title: t('ext.reason'), width: 200, ellipsis: true, dataIndex: 'reason' },
    { title: t('ext.current'), width: 105, render: (_, x) => formatDate(x.currentDeadline) },
    { title: t('ext.requested'), width: 105, render: (_, x) => formatDate(x.requestedDeadline) },
    {
      title: t('common.actions'),
      width: 150,
      render: (_, x) => <ExtensionDecision x={x} decide={decideBy} />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('review.queueTitle')}>
        <Table<QueuedReport>
          rowKey="id"
          size="small"
          data-testid="review-queue"
          columns={reportColumns}
          scroll={{ x: 'max-content' }}
          dataSource={data?.reportQueue ?? []}
          loading={loading && !data}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('review.queueEmpty') }}
        />
      </Card>
      <Card size="small" title={t('review.extQueue')}>
        <Table<Extension>
          rowKey="id"
          size="small"
          columns={extColumns}
          scroll={{ x: 'max-content' }}
          dataSource={data?.pendingExtensionRequests ?? []}
          loading={loading && !data}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('review.extEmpty') }}
        />
      </Card>
      <ReviewModal report={reviewing} onClose={() => setReviewing(null)} />
      {promptElement}
    </Flex>
  );
}
