import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Flex, Form, Input, InputNumber, Modal, Tooltip, Typography } from 'antd';
import { describeError } from '../../shared/api/errors';
import { AssignmentStatusTag } from '../../shared/domain/labels';
import { isAssignmentOpen } from '../../shared/domain/rules';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { useT } from '../../shared/i18n/locale';
import { ShareSum } from '../items/AssignTargets';
import { AdjustSharesMutation, SharesToAdjustQuery } from './inbox-queries';
import { REFETCH } from './InboxActions';

interface Values {
  /** New figure per sub-assignment id. */
  targets: Record<string, number | null | undefined>;
  reason?: string;
}

/**
 * 调整分解指标: the shares a split assignment gave out, each open and unsplit one editable, with the live sum
 * against the assignment's own target. Only the changed shares are sent; the API checks the final set again.
 */
export function AdjustSharesModal({
  assignmentId,
  title,
  onClose,
}: {
  assignmentId: string;
  title?: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const { data, loading } = useQuery(SharesToAdjustQuery, {
    variables: { id: assignmentId },
    fetchPolicy: 'network-only',
  });
  const [adjust] = useMutation(AdjustSharesMutation, {
    context: { inlineErrors: true },
    refetchQueries: [...REFETCH, 'SharesToAdjust'],
    awaitRefetchQueries: true,
  });
  const a = data?.assignment;
  const children = (a?.children.edges ?? []).map((e) => e.node).filter((c) => c.status !== 'WITHDRAWN');
  const targets = Form.useWatch('targets', form) ?? {};
  const current = (id: string, fallback: number | null | undefined) =>
    id in targets ? targets[id] : fallback;
  const changed = children.filter((c) => {
    const v = current(c.id, c.target);
    return v != null && v !== c.target;
  });

  const submit = async (v: Values) => {
    if (!changed.length) {
      void message.warning(t('adjust.noChange'));
      return;
    }
    setBusy(true);
    try {
      await adjust({
        variables: {
          assignmentId,
          reason: v.reason?.trim() ?? '',
          shares: changed.map((c) => ({ unitId: c.unit?.id ?? '', target: v.targets[c.id] ?? null })),
        },
      });
      void message.success(t('adjust.done', { count: changed.length }));
      onClose();
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`${t('adjust.title')}${title ? ` · ${title}` : ''}`}
      width={560}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'adjust-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {loading && !a && <PageSpinner />}
      {a && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{ targets: Object.fromEntries(children.map((c) => [c.id, c.target])) }}
          data-testid="adjust-shares"
        >
          <Alert type="info" showIcon title={t('adjust.hint')} style={{ marginBottom: 12 }} />
          <Flex vertical gap={8} style={{ marginBottom: 12 }}>
            {children.map((c) => {
              const locked = !isAssignmentOpen(c.status) || c.split;
              return (
                <Flex
                  key={c.id}
                  gap={8}
                  align="center"
                  wrap
                  data-testid="adjust-row"
                  data-unit={c.unit?.name}
                >
                  <Typography.Text style={{ flex: '1 1 140px', minWidth: 0 }} ellipsis>
                    {c.unit?.name}
                  </Typography.Text>
                  <AssignmentStatusTag status={c.status} />
                  <Tooltip
                    title={locked ? t(c.split ? 'adjust.lockedSplit' : 'adjust.lockedClosed') : undefined}
                  >
                    <span>
                      <Form.Item name={['targets', c.id]} noStyle>
                        <InputNumber
                          min={0}
                          disabled={locked}
                          suffix={a.item?.targetUnit || undefined}
                          style={{ width: 150 }}
                          aria-label={c.unit?.name}
                        />
                      </Form.Item>
                    </span>
                  </Tooltip>
                </Flex>
              );
            })}
          </Flex>
          {a.target != null && (
            <div style={{ marginBottom: 12 }}>
              <ShareSum
                target={a.target}
                unit={a.item?.targetUnit}
                shares={children.map((c) => current(c.id, c.target))}
              />
            </div>
          )}
          <Form.Item
            name="reason"
            label={t('adjust.reason')}
            rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
