import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Modal,
  Result,
  Row,
  Space,
  Statistic,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useCurrentUser } from '../../shared/auth/current-user';
import { describeError } from '../../shared/api/errors';
import {
  formatDate,
  formatTime,
  ItemStatusTag,
  LightBadge,
  percent,
  tierLabel,
} from '../../shared/domain/labels';
import {
  allowedItemActions,
  ASSIGNMENT_STATUS_LABELS,
  ITEM_STATUS_LABELS,
  ItemAction,
  ROLLUP_POLICY_LABELS,
} from '../../shared/domain/rules';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { AssigningModal } from './AssigningModal';
import { AssignmentDrawer } from './AssignmentDrawer';
import { AssignmentTable } from './AssignmentTable';
import { CascadeList, PreviewAlert, toSelectors, useAssignPreview, type CascadeRow } from './AssignTargets';
import { AuditTimeline } from './AuditTimeline';
import {
  AssignItemMutation,
  FeedBackItemMutation,
  ItemDetailQuery,
  RegisterItemMutation,
  ReviewQueueQuery,
  WithdrawItemMutation,
} from './item-queries';
import { ReviewModal } from './ReviewModal';

const REFETCH = ['ItemDetail', 'ItemAssignments', 'ItemEvents'];

/** Item detail: the registration form's facts, the cascade tree with lights, the audit trail, and actions. */
export default function ItemDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const me = useCurrentUser();
  const { message, modal } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const [drawer, setDrawer] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<ReportFieldsFragment | null>(null);
  const [assignOpen, setAssignOpen] = useState(false);
  const { data, loading, error } = useQuery(ItemDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const isSupervisor = me.roles.includes('SUPERVISOR');
  const { data: queue } = useQuery(ReviewQueueQuery, {
    skip: !isSupervisor,
    fetchPolicy: 'cache-and-network',
  });
  const opts = { context: { inlineErrors: true }, refetchQueries: REFETCH };
  const [register] = useMutation(RegisterItemMutation, opts);
  const [withdraw] = useMutation(WithdrawItemMutation, opts);
  const [feedBack] = useMutation(FeedBackItemMutation, opts);

  const item = data?.supervisionItem;
  if (!item) {
    if (loading) return <PageSpinner />;
    return <Result status="404" title={error ? describeError(error) : t('detail.notFound')} />;
  }
  const isIssuer = isSupervisor && item.issuerUnitId === me.orgUnit.id;
  // What the item's state allows; the issuer's supervisors may do it.
  const actions = allowedItemActions(item.status);
  const toReview = (queue?.reportQueue ?? []).filter((r) => r.itemId === item.id);
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
          isIssuer && (
            <Space>
              {actions.includes(ItemAction.REGISTER) && (
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
              {actions.includes(ItemAction.ASSIGN) && (
                <Button type="primary" onClick={() => setAssignOpen(true)} data-testid="item-assign">
                  {t('detail.assign')}
                </Button>
              )}
              {actions.includes(ItemAction.FEED_BACK) && (
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
              {actions.includes(ItemAction.WITHDRAW) && (
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
        <Row gutter={16} data-testid="item-rollup">
          <Col span={3}>
            <Statistic title={t('detail.total')} value={r.total} />
          </Col>
          <Col span={3}>
            <Statistic title={t('detail.done')} value={r.done} />
          </Col>
          <Col span={3}>
            <Statistic title={t(ASSIGNMENT_STATUS_LABELS.UNDER_REVIEW)} value={r.underReview} />
          </Col>
          <Col span={3}>
            <Statistic
              title={t('detail.overdue')}
              value={r.overdue}
              styles={{ content: { color: r.overdue ? '#f5222d' : undefined } }}
            />
          </Col>
          <Col span={3}>
            <Statistic title={t('detail.completionRate')} value={percent(r.completionRate)} />
          </Col>
          <Col span={3}>
            <Statistic title={t('detail.onTimeRate')} value={percent(r.onTimeRate)} />
          </Col>
          <Col span={6}>
            <Typography.Text type="secondary">{t('common.light')}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <LightBadge light={r.light} reason={r.lightReason} />
            </div>
          </Col>
        </Row>
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
      {assignOpen && <AssignModal itemId={item.id} title={item.title} onClose={() => setAssignOpen(false)} />}
      {promptElement}
    </Flex>
  );
}

/** 交办 after 立项 (e.g. a draft just registered, or more units later): named units and/or whole levels. */
function AssignModal({ itemId, title, onClose }: { itemId: string; title: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ targets?: string[]; cascade?: CascadeRow[] }>();
  const targets = Form.useWatch('targets', form) ?? [];
  const cascade = toSelectors(Form.useWatch('cascade', form));
  const preview = useAssignPreview(targets, cascade);
  const [running, setRunning] = useState<number | null>(null);
  const [assign] = useMutation(AssignItemMutation, {
    context: { inlineErrors: true },
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const run = async () => {
    setRunning(preview.count ?? 0);
    try {
      const res = await assign({ variables: { itemId, targets, cascade } });
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
      <Form form={form} layout="vertical" initialValues={{ cascade: [{}] }}>
        <Form.Item name="targets" label={t('item.targets')}>
          <OrgUnitPicker multiple />
        </Form.Item>
        <Form.Item label={t('item.cascade')} extra={t('item.cascadeHint')}>
          <CascadeList />
        </Form.Item>
      </Form>
      <PreviewAlert preview={preview} />
      <AssigningModal count={running} />
    </Modal>
  );
}
