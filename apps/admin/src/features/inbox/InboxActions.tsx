import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Slider } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { AssignmentRowFragment } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { AssignmentOperation, endOfPickedDay, pickedDay, shanghaiDay } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import type { MessageKey } from '../../shared/i18n/messages';
import {
  CascadeList,
  PreviewAlert,
  ShareSum,
  toSelectors,
  useAssignPreview,
  type CascadeRow,
} from '../items/AssignTargets';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import {
  DelegatedSharesQuery,
  DelegateMutation,
  EscalateMutation,
  ProgressMutation,
  RequestExtensionMutation,
} from './inbox-queries';
import { ReportDialog } from './ReportDialog';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';
import { EvidenceUpload } from '../../shared/files/EvidenceUpload';
import { MilestoneSelect } from '../milestones/MilestoneSelect';

/** What the dialogs read of an assignment (an inbox row or the item page's assignment detail). */
export type ActionRow = Pick<
  AssignmentRowFragment,
  'id' | 'target' | 'progressPercent' | 'deadline' | 'allowedActions'
> & { item?: { title: string } | null };

const A = AssignmentOperation;
/** The assigned unit's own actions; 签收 is confirmed in place, the others open a dialog here. */
export const UNIT_ACTIONS = [
  A.ACCEPT,
  A.SUBMIT_PROGRESS,
  A.SUBMIT_REPORT,
  A.DELEGATE,
  A.REQUEST_EXTENSION,
  A.ESCALATE,
] as const;
export type UnitAction = (typeof UNIT_ACTIONS)[number];
export type DialogAction = Exclude<UnitAction, AssignmentOperation.ACCEPT>;

/** Each dialog's title and its test id (`action-<id>`). */
const DIALOGS: Record<DialogAction, { title: MessageKey; id: string }> = {
  [A.SUBMIT_PROGRESS]: { title: 'inbox.progress', id: 'progress' },
  [A.SUBMIT_REPORT]: { title: 'inbox.report', id: 'report' },
  [A.DELEGATE]: { title: 'inbox.delegateTitle', id: 'delegate' },
  [A.REQUEST_EXTENSION]: { title: 'inbox.extension', id: 'extension' },
  [A.ESCALATE]: { title: 'inbox.escalate', id: 'escalate' },
};

/** Every list and page that shows an assignment's status, flags or actions. */
export const REFETCH = [
  'Inbox',
  'ItemAssignments',
  'ItemDetail',
  'ItemEvents',
  'AssignmentDetail',
  'SubtreeAssignments',
];

interface Values {
  percent?: number;
  milestoneSeq?: number | null;
  achieved?: number;
  text?: string;
  newDeadline?: Dayjs;
  reason?: string;
  shares?: { unitId?: string; target?: number }[];
  cascade?: CascadeRow[];
  deadline?: Dayjs;
  fileIds?: string[];
}

/**
 * The assigned unit's dialogs: progress, report, split, extension, escalation. Each is opened only when the API
 * offers it in the assignment's `allowedActions`. The report has a dialog of its own (pre-filled, 最多报一次).
 */
export function InboxActionModal(props: { row: ActionRow; kind: DialogAction; onClose: () => void }) {
  return props.kind === A.SUBMIT_REPORT ? (
    <ReportDialog row={props.row} onClose={props.onClose} />
  ) : (
    <UnitDialog {...props} kind={props.kind} />
  );
}

function UnitDialog({
  row,
  kind,
  onClose,
}: {
  row: ActionRow;
  kind: Exclude<DialogAction, AssignmentOperation.SUBMIT_REPORT>;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const opts = { context: { inlineErrors: true }, refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [progress] = useMutation(ProgressMutation, opts);
  const [delegate] = useMutation(DelegateMutation, opts);
  const [extension] = useMutation(RequestExtensionMutation, opts);
  const [escalate] = useMutation(EscalateMutation, opts);
  const shares = Form.useWatch('shares', form);
  const cascadeRows = Form.useWatch('cascade', form);
  const named = (shares ?? []).flatMap((s) => (s?.unitId ? [s.unitId] : []));
  const cascade = toSelectors(cascadeRows);
  const delegating = kind === A.DELEGATE;
  const preview = useAssignPreview(delegating ? named : [], delegating ? cascade : []);
  const quantified = row.target != null;
  const { data: existing } = useQuery(DelegatedSharesQuery, {
    variables: { id: row.id },
    skip: !(delegating && quantified),
    fetchPolicy: 'network-only',
  });
  const given = (existing?.assignment?.children.edges ?? []).reduce(
    (sum, e) => sum + (e.node.status === 'WITHDRAWN' ? 0 : (e.node.target ?? 0)),
    0,
  );

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const id = row.id;
      if (kind === A.SUBMIT_PROGRESS) {
        await progress({
          variables: {
            assignmentId: id,
            input: {
              percent: v.percent ?? 0,
              achieved: v.achieved ?? null,
              text: v.text?.trim() ?? '',
              fileIds: v.fileIds ?? [],
              milestoneSeq: v.milestoneSeq ?? null,
            },
          },
        });
        void message.success(t('inbox.progressSubmitted'));
      } else if (kind === A.DELEGATE) {
        const targets = (v.shares ?? [])
          .filter((s) => s?.unitId)
          .map((s) => ({ unitId: s.unitId as string, target: s.target ?? null }));
        const res = await delegate({
          variables: { id, targets, cascade, deadline: v.deadline ? endOfPickedDay(v.deadline) : null },
        });
        const r = res.data?.delegateAssignment;
        void message.success(
          t(r?.tightened ? 'inbox.delegatedTightened' : 'inbox.delegated', { count: r?.count ?? 0 }),
        );
      } else if (kind === A.REQUEST_EXTENSION) {
        await extension({
          variables: {
            assignmentId: id,
            newDeadline: endOfPickedDay(v.newDeadline as Dayjs),
            reason: v.reason?.trim() ?? '',
          },
        });
        void message.success(t('inbox.extensionSent'));
      } else {
        await escalate({
          variables: { assignmentId: id, reason: v.reason?.trim() ?? '', fileIds: v.fileIds ?? [] },
        });
        void message.success(t('inbox.escalated'));
      }
      onClose();
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  const required = (msg: string) => [{ required: true, whitespace: true, message: msg }];
  return (
    <Modal
      open
      title={`${t(DIALOGS[kind].title)} · ${row.item?.title ?? ''}`}
      width={delegating ? 760 : 560}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'action-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onKeyDown={keepEnterInDateFields}
        initialValues={{
          percent: Math.round(row.progressPercent),
          shares: delegating ? [{}] : undefined,
          cascade: [],
        }}
        data-testid={`action-${DIALOGS[kind].id}`}
      >
        {kind === A.SUBMIT_PROGRESS && (
          <>
            {/* One value, two controls: drag the slider or type the exact figure. */}
            <Form.Item label={t('inbox.percent')} required>
              <Flex gap={12} align="center">
                <Form.Item name="percent" noStyle rules={[{ required: true }]}>
                  <Slider
                    min={0}
                    max={100}
                    marks={{ 0: '0', 50: '50', 100: '100' }}
                    ariaLabelForHandle={t('inbox.percent')}
                    style={{ flex: 1 }}
                  />
                </Form.Item>
                <Form.Item name="percent" noStyle>
                  <InputNumber
                    min={0}
                    max={100}
                    precision={0}
                    suffix="%"
                    aria-label={t('inbox.percent')}
                    data-testid="progress-percent-input"
                    style={{ width: 96 }}
                  />
                </Form.Item>
              </Flex>
            </Form.Item>
            <MilestoneSelect assignmentId={row.id} />
            {quantified && (
              <Form.Item name="achieved" label={`${t('inbox.achieved')} / ${row.target}`}>
                <InputNumber min={0} />
              </Form.Item>
            )}
            <Form.Item
              name="text"
              label={t('inbox.progressText')}
              rules={required(t('inbox.progressTextRequired'))}
            >
              <Input.TextArea rows={4} autoFocus />
            </Form.Item>
            <Form.Item name="fileIds" label={t('files.evidence')}>
              <EvidenceUpload testId="progress-evidence" />
            </Form.Item>
          </>
        )}
        {delegating && (
          <>
            <Form.Item label={t('inbox.delegateUnits')}>
              <Form.List name="shares">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={8}>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8}>
                        <Form.Item name={[f.name, 'unitId']} noStyle>
                          <OrgUnitPicker style={{ width: 320 }} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'target']} noStyle>
                          <InputNumber
                            min={0}
                            placeholder={t('inbox.delegateShare')}
                            style={{ width: 140 }}
                          />
                        </Form.Item>
                        <Button
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                          aria-label={t('common.cancel')}
                        />
                      </Flex>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({})}
                      style={{ alignSelf: 'start' }}
                    >
                      {t('inbox.delegateAdd')}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
            {quantified && row.target != null && (
              <Flex vertical gap={8} style={{ marginBottom: 12 }}>
                <Alert type="info" showIcon title={t('share.hint', { target: row.target, unit: '' })} />
                <ShareSum target={row.target} shares={(shares ?? []).map((s) => s?.target)} given={given} />
              </Flex>
            )}
            <Form.Item label={t('item.cascade')}>
              <CascadeList />
            </Form.Item>
            <Form.Item name="deadline" label={t('item.deadline')}>
              <DatePicker
                disabledDate={(d) => pickedDay(d) < shanghaiDay() || pickedDay(d) > shanghaiDay(row.deadline)}
              />
            </Form.Item>
            <PreviewAlert preview={preview} />
          </>
        )}
        {kind === A.REQUEST_EXTENSION && (
          <>
            <Form.Item
              name="newDeadline"
              label={t('inbox.newDeadline')}
              rules={[{ required: true, message: t('item.deadlineRequired') }]}
            >
              <DatePicker disabledDate={(d) => pickedDay(d) <= shanghaiDay(row.deadline)} />
            </Form.Item>
            <Form.Item name="reason" label={t('ext.reason')} rules={required(t('common.reasonRequired'))}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {kind === A.ESCALATE && (
          <>
            <Form.Item
              name="reason"
              label={t('inbox.escalateReason')}
              rules={required(t('common.reasonRequired'))}
            >
              <Input.TextArea rows={4} autoFocus />
            </Form.Item>
            <Form.Item name="fileIds" label={t('files.evidence')}>
              <EvidenceUpload testId="escalation-evidence" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
