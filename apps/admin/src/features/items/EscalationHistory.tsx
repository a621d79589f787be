import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Flex, List, Space, Tag, Typography } from 'antd';
import type {
  AssignmentDetailQuery,
  AssignmentOperation as Operation,
  EscalationStatus,
} from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { formatTime } from '../../shared/domain/labels';
import { AssignmentOperation, ESCALATION_STATUS_LABELS } from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { AttachmentList } from '../../shared/files/AttachmentList';
import { useT } from '../../shared/i18n/locale';
import { ForwardEscalationMutation, ResolveEscalationMutation } from './assignment-queries';

type Detail = NonNullable<AssignmentDetailQuery['assignment']>;

const STATUS_COLOR: Record<EscalationStatus, string> = {
  OPEN: 'magenta',
  FORWARDED: 'cyan',
  RESOLVED: 'success',
};

/**
 * 上报协调 of one assignment, newest first: what was asked, by whom and to whom, each office's opinion when it was
 * forwarded, and the answer. 协调答复 and 转报上级 (with this office's opinion) when the API offers them.
 */
export function EscalationHistory({ a, refetch }: { a: Detail; refetch: string[] }) {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const opts = { context: { inlineErrors: true }, refetchQueries: refetch };
  const [resolve] = useMutation(ResolveEscalationMutation, opts);
  const [forward] = useMutation(ForwardEscalationMutation, opts);
  const can = (op: Operation) => a.allowedActions.includes(op);
  const canResolve = can(AssignmentOperation.RESOLVE_ESCALATION);
  const canForward = can(AssignmentOperation.FORWARD_ESCALATION);
  if (!a.escalations.length && !canResolve && !canForward) return null;
  const open = a.escalations.find((e) => e.status === 'OPEN');
  const guard = (p: Promise<unknown>, ok: string) =>
    p.then(
      () => void message.success(ok),
      (err: unknown) => {
        void message.error(describeError(err));
        throw err;
      },
    );
  const asked = open && (
    <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
      {open.reason}
    </Typography.Paragraph>
  );

  const actions = (canResolve || canForward) && (
    <Space size={4}>
      {canForward && (
        <Button
          size="small"
          data-testid="escalation-forward"
          onClick={() =>
            prompt({
              title: t('esc.forward'),
              description: (
                <Flex vertical gap={4}>
                  {asked}
                  <Typography.Text>{t('esc.forwardHint')}</Typography.Text>
                </Flex>
              ),
              label: t('esc.opinion'),
              required: true,
              onSubmit: (opinion) =>
                guard(forward({ variables: { assignmentId: a.id, opinion } }), t('esc.forwarded')),
            })
          }
        >
          {t('esc.forward')}
        </Button>
      )}
      {canResolve && (
        <Button
          size="small"
          type="primary"
          data-testid="escalation-resolve"
          onClick={() =>
            prompt({
              title: t('detail.resolveEscalation'),
              description: asked,
              label: t('detail.resolution'),
              required: true,
              onSubmit: (resolution) =>
                guard(resolve({ variables: { assignmentId: a.id, resolution } }), t('common.done')),
            })
          }
        >
          {t('detail.resolveEscalation')}
        </Button>
      )}
    </Space>
  );

  return (
    <Card size="small" title={t('esc.history')} extra={actions} data-testid="escalation-history">
      <List
        dataSource={a.escalations}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(e) => (
          <List.Item data-escalation-status={e.status}>
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag color={STATUS_COLOR[e.status]}>{t(ESCALATION_STATUS_LABELS[e.status])}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('esc.route', {
                      from: a.unit?.name ?? '',
                      to: (e.toUnitId === a.issuerUnit?.id ? a.issuerUnit.name : null) ?? t('esc.office'),
                    })}
                    {' · '}
                    {formatTime(e.createdAt)}
                  </Typography.Text>
                </Space>
              }
              description={
                <Flex vertical gap={2}>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.reason}</Typography.Text>
                  <AttachmentList attachments={e.attachments} testId="escalation-attachments" />
                  {e.forwardOpinion && (
                    <Typography.Text type="secondary">
                      {t('esc.forwardedWith', { opinion: e.forwardOpinion })}
                    </Typography.Text>
                  )}
                  {e.resolution && (
                    <Typography.Text type="success">
                      {t('esc.resolution', { resolution: e.resolution, time: formatTime(e.resolvedAt) })}
                    </Typography.Text>
                  )}
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
