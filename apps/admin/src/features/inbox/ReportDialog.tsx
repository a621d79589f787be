import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Result, Typography } from 'antd';
import { describeError } from '../../shared/api/errors';
import { isAssignmentOpen } from '../../shared/domain/rules';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { EvidenceUpload } from '../../shared/files/EvidenceUpload';
import { useT } from '../../shared/i18n/locale';
import { ReportDraftQuery, SubUnitsQuery } from '../items/report-queries';
import { CitationList, figure, ReportDrawer } from '../items/ReportView';
import { ReportMutation } from './inbox-queries';
import type { ActionRow } from './InboxActions';

/** Every list and page that shows the assignment's status or its reports (as InboxActions' REFETCH). */
const REFETCH = [
  'Inbox',
  'ItemAssignments',
  'ItemDetail',
  'ItemEvents',
  'AssignmentDetail',
  'SubtreeAssignments',
];

interface Values {
  content?: string;
  percent?: number;
  achieved?: number;
  fileIds?: string[];
}

/**
 * 提交报告 (最多报一次). A split assignment's report is composed: the dialog shows, read-only, the sub-units'
 * accepted reports it cites (each opens in a drawer) and the summed 完成量, and pre-fills the summary, which the
 * office may edit; while sub-units are still open it names them and offers no submit (the API refuses it too).
 * A lead unit (主办) reports its own work and figure, and its co-units' (协办) accepted reports are cited the same
 * way. Any other assignment reports its content, progress and, if quantified, what it achieved.
 */
export function ReportDialog({ row, onClose }: { row: ActionRow; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [cited, setCited] = useState<string | null>(null);
  const { data, error } = useQuery(ReportDraftQuery, {
    variables: { assignmentId: row.id },
    fetchPolicy: 'network-only',
  });
  const draft = data?.reportDraft;
  const split = !!draft?.split;
  const citing = split || (draft?.citations.length ?? 0) > 0;
  const openChildren = split ? (draft?.openChildren ?? 0) : 0;
  const openCoUnits = draft?.lead ? draft.openCoUnits : 0;
  const blocked = openChildren + openCoUnits > 0;
  const { data: subUnits } = useQuery(SubUnitsQuery, { variables: { id: row.id }, skip: !openChildren });
  const [report] = useMutation(ReportMutation, {
    context: { inlineErrors: true },
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const targetUnit = data?.assignment?.item?.targetUnit ?? '';
  // 退回重办: start from the report that was sent back, not from an empty form (or a fresh summary).
  const redo = data?.assignment?.returned
    ? [...(data.assignment.reports ?? [])].reverse().find((r) => r.status === 'RETURNED')
    : undefined;

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await report({
        variables: {
          assignmentId: row.id,
          input: {
            content: v.content?.trim() ?? '',
            progressPercent: split ? 100 : (v.percent ?? 100),
            // The composed figure is the server's own sum; it is sent back as it is, never typed.
            achieved: split ? (draft?.achieved ?? null) : (v.achieved ?? null),
            fileIds: v.fileIds ?? [],
          },
        },
      });
      void message.success(t('inbox.reportSubmitted'));
      onClose();
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  const children = subUnits?.assignment?.children;
  const openNames =
    (children?.edges ?? [])
      .map((e) => e.node)
      .filter((c) => isAssignmentOpen(c.status) && !c.notApplicable)
      .map((c) => c.unit?.name ?? '')
      .join('、') + ((children?.totalCount ?? 0) > 100 ? ' …' : '');
  const hint = split ? 'report.composedHint' : citing ? 'report.leadHint' : 'inbox.reportHint';

  return (
    <Modal
      open
      title={`${t('inbox.report')} · ${row.item?.title ?? ''}`}
      width={citing ? 760 : 560}
      style={citing ? { top: 24 } : undefined}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button onClick={onClose}>{t(blocked ? 'common.close' : 'common.cancel')}</Button>
          {draft && !blocked && (
            <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="action-ok">
              {t('common.submit')}
            </Button>
          )}
        </Flex>
      }
    >
      {error && <Result status="warning" title={describeError(error)} />}
      {!draft && !error && <PageSpinner />}
      {draft && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{
            content: redo?.content ?? draft.summary,
            percent: redo?.progressPercent ?? 100,
            achieved: redo?.achieved ?? undefined,
          }}
          data-testid="action-report"
          data-composed={String(split)}
        >
          {redo ? (
            <Alert
              type="warning"
              showIcon
              data-testid="report-redo"
              title={t('report.redoTitle')}
              description={
                t('report.redoHint', { comment: redo.reviewComment ?? '' }) +
                (citing ? t('report.redoCitations') : '')
              }
              style={{ marginBottom: 12 }}
            />
          ) : (
            <Alert type="info" showIcon title={t(hint)} style={{ marginBottom: 12 }} />
          )}
          {openChildren > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="draft-open-children"
              data-count={openChildren}
              title={t('report.openChildren', { count: openChildren })}
              description={openNames || undefined}
              style={{ marginBottom: 12 }}
            />
          )}
          {openCoUnits > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="draft-open-co-units"
              data-count={openCoUnits}
              title={t('report.openCoUnits', { count: openCoUnits })}
              style={{ marginBottom: 12 }}
            />
          )}
          {citing && (
            <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="report-draft">
              <Typography.Text strong>
                {t('report.citations', { count: draft.citations.length })}
              </Typography.Text>
              {draft.citations.length > 0 && (
                <CitationList citations={draft.citations} targetUnit={targetUnit} onOpen={setCited} />
              )}
              {draft.notApplicableChildren > 0 && (
                <Typography.Text type="secondary">
                  {t('report.notApplicableChildren', { count: draft.notApplicableChildren })}
                </Typography.Text>
              )}
              {draft.notApplicableCoUnits > 0 && (
                <Typography.Text type="secondary">
                  {t('report.notApplicableCoUnits', { count: draft.notApplicableCoUnits })}
                </Typography.Text>
              )}
              <Figures
                composed={split ? (draft.achieved ?? null) : null}
                consolidated={draft.consolidatedAchieved ?? null}
                target={row.target ?? null}
                unit={targetUnit}
              />
            </Flex>
          )}
          <Form.Item
            name="content"
            label={t(citing ? 'report.summary' : 'inbox.reportContent')}
            rules={[{ required: true, whitespace: true, message: t('inbox.reportContentRequired') }]}
          >
            <Input.TextArea rows={6} autoFocus={!citing} disabled={blocked} />
          </Form.Item>
          {!split && (
            <Flex gap={16} wrap>
              <Form.Item name="percent" label={t('inbox.percent')}>
                <InputNumber min={0} max={100} />
              </Form.Item>
              {row.target != null && (
                <Form.Item name="achieved" label={`${t('inbox.achieved')} / ${row.target}`}>
                  <InputNumber min={0} />
                </Form.Item>
              )}
            </Flex>
          )}
          <Form.Item name="fileIds" label={t('files.evidence')}>
            <EvidenceUpload testId="report-evidence" />
          </Form.Item>
        </Form>
      )}
      {cited && <ReportDrawer reportId={cited} onClose={() => setCited(null)} />}
    </Modal>
  );
}

/** The figures the server composes (read-only): a split's summed 完成量, a lead's 主办+协办合计, beside the share. */
function Figures({
  composed,
  consolidated,
  target,
  unit,
}: {
  composed: number | null;
  consolidated: number | null;
  target: number | null;
  unit: string;
}) {
  const t = useT();
  const shown = composed ?? consolidated;
  if (shown == null) return null;
  return (
    <Flex gap={24} wrap align="baseline" data-testid="draft-achieved" data-value={shown}>
      <span>
        <Typography.Text type="secondary">
          {t(composed != null ? 'report.composed' : 'report.consolidated')}：
        </Typography.Text>
        <Typography.Text strong style={{ fontSize: 20 }}>
          {figure(shown)} {unit}
        </Typography.Text>
      </span>
      {target != null && (
        <Typography.Text type="secondary">
          {t('report.target')}：{figure(target)} {unit}
        </Typography.Text>
      )}
    </Flex>
  );
}
