import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Modal,
  Result,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ItemOperation as Operation, ReportFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { formatDate, formatTime, ItemStatusTag, tierLabel } from '../../shared/domain/labels';
import { RollupSummary, type RollupStat } from '../../shared/domain/RollupSummary';
import {
  ASSIGNMENT_STATUS_LABELS,
  ITEM_STATUS_LABELS,
  ItemOperation,
  ReportOperation,
  ROLLUP_POLICY_LABELS,
} from '../../shared/domain/rules';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { AssigningModal } from './AssigningModal';
import { AssignmentDrawer } from './AssignmentDrawer';
import { AssignmentTable } from './AssignmentTable';
import {
  CascadeList,
  PreviewAlert,
  SharesList,
  ShareSum,
  toSelectors,
  toShares,
  useAssignPreview,
  type CascadeRow,
  type ShareRow,
} from './AssignTargets';
import { AuditTimeline } from './AuditTimeline';
import {
  AssignItemMutation,
  FeedBackItemMutation,
  ItemDetailQuery,
  ItemSharesQuery,
  RegisterItemMutation,
  WithdrawItemMutation,
} from './item-queries';
import { ReviewQueueQuery } from './assignment-queries';
import { ReviewModal } from './ReviewModal';

const REFETCH = ['ItemDetail', 'ItemAssignments', 'ItemEvents'];
/** The item's roll-up over all its assignments. */
const ITEM_STATS: readonly RollupStat[] = [
  ['total', 'detail.total'],
  ['done', 'detail.done'],
  ['underReview', ASSIGNMENT_STATUS_LABELS.UNDER_REVIEW],
  ['overdue', 'detail.overdue'],
  ['completionRate', 'detail.completionRate'],
  ['onTimeRate', 'detail.onTimeRate'],
];

/** Item detail: the registration form's facts, the cascade tree with lights, the audit trail, and actions. */
export default function ItemDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message, modal } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const [drawer, setDrawer] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<ReportFieldsFragment | null>(null);
  const [assignOpen, setAssignOpen] = useState(false);
  const { data, loading, error } = useQuery(ItemDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const { data: queue } = useQuery(ReviewQueueQuery, { fetchPolicy: 'cache-and-network' });
  const opts = { context: { inlineErrors: true }, refetchQueries: REFETCH };
  const [register] = useMutation(RegisterItemMutation, opts);
  const [withdraw] = useMutation(WithdrawItemMutation, opts);
  const [feedBack] = useMutation(FeedBackItemMutation, opts);

  const item = data?.supervisionItem;
  if (!item) {
    if (loading) return <PageSpinner />;
    return <Result status="404" title={error ? describeError(error) : t('detail.notFound')} />;
  }
  // Exactly what the API offers the caller on this item and its reports.
  const can = (op: Operation) => item.allowedActions.includes(op);
  const toReview = (queue?.reportQueue ?? []).filter(
    (rep) => rep.itemId === item.id && rep.allowedActions.includes(ReportOperation.REVIEW),
  );
  const fail = (err: unknown) => {
    void message.error(describeError(err));
    throw err;
  };
  const r = item.rollup;

  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={
          <Space wrap>
            <Typography.Text strong data-testid="item-reg-number">
              {item.regNumber ?? t(ITEM_STATUS_LABELS.DRAFT)}
            </Typography.Text>
            <Typography.Text>{item.title}</Typography.Text>
            <ItemStatusTag status={item.status} />
            {item.isKey && <Tag color="red">{t('flag.key')}</Tag>}
          </Space>
        }
        extra={
          item.allowedActions.length > 0 && (
            <Space>
              {can(ItemOperation.REGISTER) && (
                <Button
                  type="primary"
                  data-testid="item-register"
                  onClick={() =>
                    modal.confirm({
                      title: t('detail.register'),
                      content: t('item.confirmRegister'),
                      onOk: () =>
                        register({ variables: { itemId: item.id } }).then(
                          (res) =>
                            void message.success(
                              t('item.created', {
                                number: res.data?.registerSupervisionItem.regNumber ?? '',
                              }),
                            ),
                          fail,
                        ),
                    })
                  }
                >
                  {t('detail.register')}
                </Button>
              )}
              {can(ItemOperation.ASSIGN) && (
                <Button type="primary" onClick={() => setAssignOpen(true)} data-testid="item-assign">
                  {t('detail.assign')}
                </Button>
              )}
              {can(ItemOperation.FEED_BACK) && (
                <Button
                  type="primary"
                  onClick={() =>
                    prompt({
                      title: t('detail.feedback'),
                      label: t('detail.feedbackText'),
                      required: true,
                      onSubmit: (feedback) =>
                        feedBack({ variables: { itemId: item.id, feedback } }).then(
                          () => void message.success(t('common.done')),
                          fail,
                        ),
                    })
                  }
                >
                  {t('detail.feedback')}
                </Button>
              )}
              {can(ItemOperation.WITHDRAW) && (
                <Button
                  danger
                  onClick={() =>
                    prompt({
                      title: t('detail.withdrawTitle'),
                      description: <Alert type="warning" showIcon title={t('detail.withdrawConfirm')} />,
                      label: t('common.reason'),
                      required: true,
                      danger: true,
                      onSubmit: (reason) =>
                        withdraw({ variables: { itemId: item.id, reason } }).then(
                          () => void message.success(t('common.done')),
                          fail,
                        ),
                    })
                  }
                >
                  {t('detail.withdraw')}
                </Button>
              )}
            </Space>
          )
        }
      >
        <Descriptions size="small" column={4} data-testid="item-facts">
          <Descriptions.Item label={t('item.source')}>{t(`source.${item.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('item.issuer')}>{item.issuerUnit?.name}</Descriptions.Item>
          <Descriptions.Item label={t('item.leadUnit')}>{item.leadUnit?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('common.deadline')}>
            {formatDate(item.deadline)}
            {item.deadlineTier ? ` (${tierLabel(t, item.deadlineTier)})` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('item.leaderName')}>{item.leaderName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('item.responsiblePerson')}>
            {item.responsiblePerson ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('item.createdAt')}>{formatTime(item.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('item.rollupPolicy')}>
            {t(ROLLUP_POLICY_LABELS[item.rollupPolicy])}
          </Descriptions.Item>
          {item.target != null && (
            <Descriptions.Item label={t('item.target')}>
              {item.target} {item.targetUnit ?? ''}
            </Descriptions.Item>
          )}
          {item.myAssignments.map((mine) => (
            <Descriptions.Item key={mine.id} label={t('share.mine')}>
              <Space size={4} data-testid="my-share" data-assignment-id={mine.id}>
                {mine.target != null && (
                  <span>{t('share.mineTarget', { target: mine.target, unit: item.targetUnit ?? '' })}</span>
                )}
                <Tag>{t(ASSIGNMENT_STATUS_LABELS[mine.status])}</Tag>
                <Button size="small" type="link" onClick={() => setDrawer(mine.id)}>
                  {t('share.open')}
                </Button>
              </Space>
            </Descriptions.Item>
          ))}
          {item.instruction && (
            <Descriptions.Item label={t('item.instruction')} span={4}>
              <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap' }}>
                {item.instruction}
              </Typography.Text>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('item.content')} span={4}>
            <Typography.Paragraph
              style={{ margin: 0, whiteSpace: 'pre-wrap' }}
              ellipsis={{ rows: 3, expandable: true }}
            >
              {item.content}
            </Typography.Paragraph>
          </Descriptions.Item>
          {item.requirements && (
            <Descriptions.Item label={t('item.requirements')} span={4}>
              {item.requirements}
            </Descriptions.Item>
          )}
          {item.feedback && (
            <Descriptions.Item label={t('item.feedback')} span={4}>
              {item.feedback}
            </Descriptions.Item>
          )}
          {item.withdrawnReason && (
            <Descriptions.Item label={t('item.withdrawnReason')} span={4}>
              {item.withdrawnReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card size="small" title={t('detail.rollup')}>
        <RollupSummary rollup={r} stats={ITEM_STATS} gutter={16} testId="item-rollup" />
      </Card>

      {toReview.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="item-review-alert"
          title={t('review.queueTitle')}
          description={
            <Space wrap>
              {toReview.map((rep) => (
                <Button key={rep.id} size="small" type="primary" onClick={() => setReviewing(rep)}>
                  {t('detail.review')} #{rep.id}
                </Button>
              ))}
            </Space>
          }
        />
      )}

      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          items={[
            {
              key: 'assignments',
              label: `${t('detail.assignments')} (${r.total})`,
              children: <AssignmentTable itemId={item.id} parentId={null} onOpen={setDrawer} />,
            },
            { key: 'timeline', label: t('detail.timeline'), children: <AuditTimeline itemId={item.id} /> },
          ]}
        />
      </Card>

      <AssignmentDrawer id={drawer} onClose={() => setDrawer(null)} onReview={setReviewing} />
      <ReviewModal report={reviewing} onClose={() => setReviewing(null)} />
      {assignOpen && (
        <AssignModal
          itemId={item.id}
          title={item.title}
          target={item.target ?? null}
          targetUnit={item.targetUnit ?? null}
          onClose={() => setAssignOpen(false)}
        />
      )}
      {promptElement}
    </Flex>
  );
}

/**
 * 交办 after 立项 (e.g. a draft just registered, or more units later): named units and/or whole levels. A
 * quantified item names its units with their shares, checked live against the target.
 */
function AssignModal({
  itemId,
  title,
  target,
  targetUnit,
  onClose,
}: {
  itemId: string;
  title: string;
  target: number | null;
  targetUnit: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ targets?: string[]; shares?: ShareRow[]; cascade?: CascadeRow[] }>();
  const quantified = target != null;
  const shareRows = Form.useWatch('shares', form);
  const shares = toShares(shareRows);
  const named = Form.useWatch('targets', form) ?? [];
  const targets = quantified ? shares.map((s) => s.unitId) : named;
  const cascade = toSelectors(Form.useWatch('cascade', form));
  const preview = useAssignPreview(targets, cascade);
  const { data: existing } = useQuery(ItemSharesQuery, {
    variables: { id: itemId },
    skip: !quantified,
    fetchPolicy: 'network-only',
  });
  const given = (existing?.supervisionItem?.assignments.edges ?? []).reduce(
    (sum, e) => sum + (e.node.status === 'WITHDRAWN' ? 0 : (e.node.target ?? 0)),
    0,
  );
  const [running, setRunning] = useState<number | null>(null);
  const [assign] = useMutation(AssignItemMutation, {
    context: { inlineErrors: true },
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const run = async () => {
    setRunning(preview.count ?? 0);
    try {
      const res = await assign({
        variables: quantified ? { itemId, shares, cascade } : { itemId, targets, cascade },
      });
      void message.success(t('item.createdAssigned', { number: '', count: res.data?.assignItem.count ?? 0 }));
      onClose();
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setRunning(null);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('detail.assignTitle', { title })}
      okText={t('detail.assign')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !preview.count }}
      onCancel={onClose}
      onOk={() => void run()}
    >
      <Form form={form} layout="vertical" initialValues={{ cascade: [{}], shares: [{}] }}>
        {quantified ? (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('share.hint', { target, unit: targetUnit ?? '' })}
            />
            <Form.Item label={t('inbox.delegateUnits')}>
              <SharesList />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="targets" label={t('item.targets')}>
            <OrgUnitPicker multiple />
          </Form.Item>
        )}
        <Form.Item label={t('item.cascade')} extra={t('item.cascadeHint')}>
          <CascadeList />
        </Form.Item>
      </Form>
      {quantified && (shares.length > 1 || given > 0 || shares.some((s) => s.target != null)) && (
        <div style={{ marginBottom: 8 }}>
          <ShareSum target={target} unit={targetUnit} shares={shares.map((s) => s.target)} given={given} />
        </div>
      )}
      <PreviewAlert preview={preview} />
      <AssigningModal count={running} />
    </Modal>
  );
}
