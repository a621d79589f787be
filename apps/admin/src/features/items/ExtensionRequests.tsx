import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Flex, List, Space, Tag, Typography } from 'antd';
import type {
  AssignmentDetailQuery,
  ExtensionRequestFieldsFragment,
  ExtensionStatus,
} from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { formatTime } from '../../shared/domain/labels';
import { AssignmentOperation, chinaDate, extensionForwards } from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { DecideExtensionMutation, ParentDeadlineQuery } from './assignment-queries';

type Detail = NonNullable<AssignmentDetailQuery['assignment']>;

const STATUS_COLOR: Record<ExtensionStatus, string> = {
  PENDING: 'processing',
  APPROVED: 'success',
  REFUSED: 'error',
  FORWARDED: 'cyan',
  CANCELLED: 'default',
};

/**
 * 延期申请 of one assignment: each request with its dates, reason, the forwarding office's opinion and the decision;
 * 同意/不同意 on the pending one when the API offers DECIDE_EXTENSION. Agreeing to a date beyond the deciding
 * office's own deadline (its parent assignment's) is forwarded to the office above: the dialog says so first.
 */
export function ExtensionRequests({ a, refetch }: { a: Detail; refetch: string[] }) {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const canDecide = a.allowedActions.includes(AssignmentOperation.DECIDE_EXTENSION);
  const { data: parent } = useQuery(ParentDeadlineQuery, {
    variables: { id: a.parentId ?? '' },
    skip: !canDecide || !a.parentId,
  });
  const [decide] = useMutation(DecideExtensionMutation, {
    context: { inlineErrors: true },
    refetchQueries: refetch,
  });
  if (!a.extensionRequests.length) return null;
  const ownDeadline = parent?.assignment?.deadline;

  const decideOn = (x: ExtensionRequestFieldsFragment, approve: boolean) => {
    const forwards = approve && extensionForwards(x.requestedDeadline, ownDeadline);
    prompt({
      title: t(approve ? 'ext.approve' : 'ext.refuse'),
      label: t(forwards ? 'ext.opinion' : 'ext.comment'),
      required: !approve,
      danger: !approve,
      okText: forwards ? t('ext.approveForward') : undefined,
      description: (
        <Flex vertical gap={8}>
          <Typography.Text>
            {t('ext.summary', {
              from: chinaDate(x.currentDeadline),
              to: chinaDate(x.requestedDeadline),
              reason: x.reason,
            })}
          </Typography.Text>
          {forwards && (
            <Alert
              type="warning"
              showIcon
              data-testid="extension-forward-warning"
              title={t('ext.beyondOwn', { deadline: chinaDate(ownDeadline) })}
            />
          )}
        </Flex>
      ),
      onSubmit: (comment) =>
        decide({ variables: { requestId: x.id, approve, comment: comment || null } }).then(
          (r) => {
            const status = r.data?.decideExtension.status;
            void message.success(
              t(status === 'FORWARDED' ? 'ext.forwarded' : approve ? 'ext.approved' : 'ext.refused'),
            );
          },
          (err: unknown) => {
            void message.error(describeError(err));
            throw err;
          },
        ),
    });
  };

  return (
    <Card size="small" title={t('detail.extensions')} data-testid="extension-requests">
      <List
        dataSource={a.extensionRequests}
        renderItem={(x) => (
          <List.Item
            data-extension-status={x.status}
            actions={
              x.status === 'PENDING' && canDecide
                ? [
                    <Button
                      key="ok"
                      size="small"
                      type="primary"
                      onClick={() => decideOn(x, true)}
                      data-testid="extension-approve"
                    >
                      {t('ext.approve')}
                    </Button>,
                    <Button key="no" size="small" danger onClick={() => decideOn(x, false)}>
                      {t('ext.refuse')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag color={STATUS_COLOR[x.status]}>{t(`extStatus.${x.status}`)}</Tag>
                  {t('ext.fromTo', {
                    from: chinaDate(x.currentDeadline),
                    to: chinaDate(x.requestedDeadline),
                  })}
                </Space>
              }
              description={
                <Flex vertical gap={2}>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{x.reason}</Typography.Text>
                  {x.forwardOpinion && (
                    <Typography.Text type="secondary">
                      {t('ext.forwardOpinion')}：{x.forwardOpinion}
                    </Typography.Text>
                  )}
                  {x.decisionComment && (
                    <Typography.Text type="secondary">
                      {t('ext.comment')}：{x.decisionComment}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('ext.requestedAt', { time: formatTime(x.requestedAt) })}
                    {x.decidedAt
                      ? ` · ${t(x.status === 'CANCELLED' ? 'ext.cancelledAt' : 'ext.decidedAt', { time: formatTime(x.decidedAt) })}`
                      : ''}
                  </Typography.Text>
                </Flex>
              }
            />
          </List.Item>
        )}
      />
      {promptElement}
    </Card>
  );
}
