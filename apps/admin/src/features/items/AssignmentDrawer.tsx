import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Drawer, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import type { AssignmentOperation as Operation, ReportFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import {
  AssignmentFlags,
  AssignmentStatusTag,
  formatDate,
  formatTime,
  LightBadge,
  PercentBar,
} from '../../shared/domain/labels';
import { AssignmentOperation, ReportOperation } from '../../shared/domain/rules';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { AttachmentList } from '../../shared/files/AttachmentList';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { SignActions } from '../inbox/SignActions';
import { UnitActions } from '../inbox/UnitActions';
import { PrintButtons } from '../documents/PrintButtons';
import { AssignmentDetailQuery, SetNotApplicableMutation, UrgeMutation } from './assignment-queries';
import { EscalationHistory } from './EscalationHistory';
import { LightOverrideAction } from './LightOverrideAction';
import { ExtensionRequests } from './ExtensionRequests';
import { ReassignActions, ReturnNote } from './ReassignActions';

const REFETCH = [
  'AssignmentDetail',
  'ItemAssignments',
  'ItemEvents',
  'ItemDetail',
  'ReviewQueue',
  'SubtreeAssignments',
];

/**
 * One unit's assignment: its reports, progress, notices and requests, with every action the API offers the
 * caller on it (`allowedActions` of the assignment and of each report) — the issuer's and the unit's own.
 */
export function AssignmentDrawer({
  id,
  onClose,
  onReview,
}: {
  id: string | null;
  onClose: () => void;
  onReview: (report: ReportFieldsFragment) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const { data, loading } = useQuery(AssignmentDetailQuery, { variables: { id: id ?? '' }, skip: !id });
  const opts = { context: { inlineErrors: true }, refetchQueries: REFETCH };
  const [urge] = useMutation(UrgeMutation, opts);
  const [setNotApplicable] = useMutation(SetNotApplicableMutation, opts);
  const a = data?.assignment;
  const can = (op: Operation) => !!a?.allowedActions.includes(op);
  const guard = (p: Promise<unknown>, ok: string) =>
    p.then(
      () => void message.success(ok),
      (err: unknown) => {
        void message.error(describeError(err));
        throw err;
      },
    );

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      // 560 px, never wider than a phone screen.
      size="min(560px, 100vw)"
      title={a ? `${t('detail.assignmentDetail')} · ${a.unit?.name ?? ''}` : t('detail.assignmentDetail')}
      data-testid="assignment-drawer"
      extra={
        a && (
          <Space>
            {can(AssignmentOperation.SET_NOT_APPLICABLE) && (
              <Button
                onClick={() =>
                  prompt({
                    title: t(a.notApplicable ? 'detail.setApplicable' : 'detail.setNotApplicable'),
                    description: a.notApplicable ? undefined : t('detail.notApplicableHint'),
                    label: t('common.reason'),
                    required: true,
                    onSubmit: (reason) =>
                      guard(
                        setNotApplicable({
                          variables: { assignmentId: a.id, notApplicable: !a.notApplicable, reason },
                        }),
                        t('common.done'),
                      ),
                  })
                }
              >
                {t(a.notApplicable ? 'detail.setApplicable' : 'detail.setNotApplicable')}
              </Button>
            )}
            {can(AssignmentOperation.URGE) && (
              <Button
                onClick={() =>
                  prompt({
                    title: t('detail.urge'),
                    label: t('detail.urgeText'),
                    onSubmit: (text) =>
                      urge({ variables: { assignmentId: a.id, text: text || null } }).then(
                        (r) =>
                          void message.success(
                            t('detail.urged', { number: r.data?.urgeAssignment.number ?? '' }),
                          ),
                        (err: unknown) => {
                          void message.error(describeError(err));
                          throw err;
                        },
                      ),
                  })
                }
              >
                {t('detail.urge')}
              </Button>
            )}
            {/* 人工调整灯色 of the unit's roll-up for the item, when offered. */}
            <LightOverrideAction rollup={a.rollup} refetchQueries={REFETCH} />
            {/* 撤回 and 改派 by the assigning office, when offered. */}
            <ReassignActions assignment={a} refetchQueries={REFETCH} />
          </Space>
        )
      }
    >
      {loading && !a && <PageSpinner />}
      {a && (
        <Flex vertical gap={12}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
            <Descriptions.Item label={t('common.status')}>
              <AssignmentStatusTag status={a.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('common.deadline')}>{formatDate(a.deadline)}</Descriptions.Item>
            <Descriptions.Item label={t('common.light')} span="filled">
              <LightBadge light={a.light} reason={a.lightReason} />
            </Descriptions.Item>
            {/* A split unit's light is its sub-units' roll-up; a light set by hand says so (人工调整：…). */}
            {(a.split || a.rollup.lightOverridden) && (
              <Descriptions.Item label={t('light.rollup')} span="filled">
                <span data-testid="rollup-light" data-overridden={String(a.rollup.lightOverridden)}>
                  <LightBadge light={a.rollup.light} reason={a.rollup.lightReason} />
                </span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('common.progress')} span="filled">
              <PercentBar percent={a.progressPercent} />
            </Descriptions.Item>
            {a.target != null && (
              <Descriptions.Item label={t('item.target')} span="filled">
                {a.achieved ?? 0} / {a.target} {a.item?.targetUnit ?? ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          <AssignmentFlags {...a} />
          <ReturnNote id={a.id} />
          <UnitActions row={a} />
          {/* 上报协调 (协调答复, 转报上级) and 延期申请 (审批, 转报上级) along the chain. */}
          <EscalationHistory a={a} refetch={REFETCH} />
          <ExtensionRequests a={a} refetch={REFETCH} />

          <Card size="small" title={t('detail.reports')}>
            {a.reports.length ? (
              <List
                dataSource={[...a.reports].reverse()}
                renderItem={(r) => (
                  <List.Item
                    data-report-id={r.id}
                    actions={
                      r.allowedActions.length > 0
                        ? [
                            <Space key="actions" size={4}>
                              {r.allowedActions.includes(ReportOperation.REVIEW) && (
                                <Button type="primary" size="small" onClick={() => onReview(r)}>
                                  {t('detail.review')}
                                </Button>
                              )}
                              <SignActions report={r} size="small" />
                            </Space>,
                          ]
                        : []
                    }
                  >
                    <List.Item.Meta
                      title={
                        <Space>
                          <Tag>{t(`reportStatus.${r.status}`)}</Tag>
                          <Typography.Text type="secondary">
                            {t('detail.submittedAt', { time: formatTime(r.submittedAt) })}
                          </Typography.Text>
                        </Space>
                      }
                      description={
                        <Flex vertical gap={2}>
                          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.content}</Typography.Text>
                          {r.signedAt && (
                            <Typography.Text type="secondary">
                              {t('detail.signedAt', { time: formatTime(r.signedAt) })}
                            </Typography.Text>
                          )}
                          <AttachmentList attachments={r.attachments} testId="report-attachments" />
                          {r.reviewComment && (
                            <Typography.Text type="warning">
                              {t('detail.reviewComment')}：{r.reviewComment}
                            </Typography.Text>
                          )}
                          <AttachmentList attachments={r.reviewAttachments} testId="review-attachments" />
                        </Flex>
                      }
                    />
                  </List.Item>
                )}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noReports')} />
            )}
          </Card>

          <Card size="small" title={t('detail.progressUpdates')}>
            {a.progressUpdates.length ? (
              <List
                size="small"
                dataSource={a.progressUpdates}
                renderItem={(p) => (
                  <List.Item>
                    <Flex vertical gap={6} style={{ width: '100%' }}>
                      <Typography.Text>
                        {formatTime(p.createdAt)} · {p.percent}% · {p.text}
                      </Typography.Text>
                      <AttachmentList attachments={p.attachments} testId="progress-attachments" />
                    </Flex>
                  </List.Item>
                )}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noProgress')} />
            )}
          </Card>

          {a.urgeNotices.length > 0 && (
            <Card size="small" title={t('detail.urgeNotices')}>
              <List
                size="small"
                dataSource={a.urgeNotices}
                renderItem={(n) => (
                  <List.Item
                    actions={[
                      <PrintButtons key="print" subjectId={n.id} kinds={n.printableDocuments} size="small" />,
                    ]}
                  >
                    <Typography.Text>
                      {/* A notice whose text already carries its number does not repeat it. */}
                      {[n.text.includes(n.number) ? null : n.number, formatTime(n.createdAt), n.text]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            </Card>
          )}
        </Flex>
      )}
      {promptElement}
    </Drawer>
  );
}
