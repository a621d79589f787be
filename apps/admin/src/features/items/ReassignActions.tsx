import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Modal, Typography } from 'antd';
import { graphql } from '../../gql';
import { describeError } from '../../shared/api/errors';
import { AssignmentOperation } from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { OrgUnitPicker } from '../org/OrgUnitPicker';

export const WithdrawAssignmentMutation = graphql(`
  mutation WithdrawAssignment($assignmentId: ID!, $reason: String!) {
    withdrawAssignment(assignmentId: $assignmentId, reason: $reason) {
      id
      status
      withdrawnReason
      allowedActions
    }
  }
`);

export const ReassignAssignmentMutation = graphql(`
  mutation ReassignAssignment($assignmentId: ID!, $unitId: ID!) {
    reassignAssignment(assignmentId: $assignmentId, unitId: $unitId) {
      id
      unit {
        id
        name
      }
    }
  }
`);

export const AssignmentReturnQuery = graphql(`
  query AssignmentReturn($id: ID!) {
    assignment(id: $id) {
      id
      declined
      withdrawnReason
      reassignedToId
    }
  }
`);

interface Props {
  assignment: { id: string; allowedActions: readonly string[] };
  /** The queries to refresh after a change (the page's lists and the drawer). */
  refetchQueries: string[];
}

/**
 * The assigning office's 撤回 (one open assignment, with a reason) and 改派 (a returned or withdrawn one, to another
 * unit of its own), each only when the API offers it in `allowedActions`.
 */
export function ReassignActions({ assignment, refetchQueries }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ unitId?: string }>();
  const opts = { context: { inlineErrors: true }, refetchQueries, awaitRefetchQueries: true };
  const [withdraw] = useMutation(WithdrawAssignmentMutation, opts);
  const [reassign] = useMutation(ReassignAssignmentMutation, opts);
  const can = (op: AssignmentOperation) => assignment.allowedActions.includes(op);
  if (!can(AssignmentOperation.WITHDRAW) && !can(AssignmentOperation.REASSIGN)) return null;

  const submitReassign = async ({ unitId }: { unitId?: string }) => {
    if (!unitId) return;
    setBusy(true);
    try {
      const r = await reassign({ variables: { assignmentId: assignment.id, unitId } });
      void message.success(`${t('reassign.reassigned')} · ${r.data?.reassignAssignment.unit?.name ?? ''}`);
      setPicking(false);
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {can(AssignmentOperation.WITHDRAW) && (
        <Button
          danger
          data-testid="assignment-withdraw"
          onClick={() =>
            prompt({
              title: t('reassign.withdraw'),
              description: t('reassign.withdrawHint'),
              label: t('common.reason'),
              required: true,
              danger: true,
              okText: t('reassign.withdraw'),
              onSubmit: (reason) =>
                withdraw({ variables: { assignmentId: assignment.id, reason } }).then(
                  () => void message.success(t('reassign.withdrawn')),
                  (err: unknown) => {
                    void message.error(describeError(err));
                    throw err;
                  },
                ),
            })
          }
        >
          {t('reassign.withdraw')}
        </Button>
      )}
      {can(AssignmentOperation.REASSIGN) && (
        <Button type="primary" data-testid="assignment-reassign" onClick={() => setPicking(true)}>
          {t('reassign.reassign')}
        </Button>
      )}
      <Modal
        open={picking}
        title={t('reassign.reassign')}
        okText={t('reassign.reassign')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy, ...{ 'data-testid': 'reassign-ok' } }}
        onOk={() => form.submit()}
        onCancel={() => setPicking(false)}
        destroyOnHidden
        afterOpenChange={(open) => open || form.resetFields()}
      >
        <Alert type="info" showIcon title={t('reassign.reassignHint')} style={{ marginBottom: 12 }} />
        <Form form={form} layout="vertical" onFinish={(v) => void submitReassign(v)}>
          <Form.Item
            name="unitId"
            label={t('reassign.unit')}
            rules={[{ required: true, message: t('reassign.unitRequired') }]}
          >
            <OrgUnitPicker data-testid="reassign-unit" />
          </Form.Item>
        </Form>
      </Modal>
      {promptElement}
    </>
  );
}

/** Why a returned (退回交办) or withdrawn (撤回) assignment left its unit; nothing for any other one. */
export function ReturnNote({ id }: { id: string }) {
  const t = useT();
  const { data } = useQuery(AssignmentReturnQuery, { variables: { id } });
  const a = data?.assignment;
  if (!a?.withdrawnReason) return null;
  return (
    <Typography.Text type="warning" data-testid="assignment-return-note">
      {t(a.declined ? 'reassign.returnedReason' : 'reassign.withdrawnReason', { reason: a.withdrawnReason })}
    </Typography.Text>
  );
}
