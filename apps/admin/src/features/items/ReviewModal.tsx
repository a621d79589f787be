import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Alert, Button, Checkbox, Descriptions, Flex, Form, Input, Modal, Typography } from 'antd';
import type { ReportFieldsFragment, ReviewChecklistInput } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { formatTime } from '../../shared/domain/labels';
import { ReportOperation } from '../../shared/domain/rules';
import { AttachmentList } from '../../shared/files/AttachmentList';
import { EvidenceUpload } from '../../shared/files/EvidenceUpload';
import { useT } from '../../shared/i18n/locale';
import { ReviewReportMutation } from './assignment-queries';
import { ReportDetailQuery } from './report-queries';
import { CitationList, figure, HashMark, ReportDrawer, SignedBy } from './ReportView';

const CHECKS: (keyof ReviewChecklistInput)[] = [
  'factsAccurate',
  'policyCompliant',
  'problemSolved',
  'formatCorrect',
];

interface Values {
  checks: (keyof ReviewChecklistInput)[];
  comment?: string;
  fileIds?: string[];
}

/**
 * 审理: the report with who signed it and whether it still matches its hash, the sub-unit reports it cites (each
 * opens, down the chain), and the 四看 checklist; all four ticked → 办结, otherwise 退回重办 with the reason.
 */
export function ReviewModal({
  report,
  onClose,
}: {
  report: ReportFieldsFragment | null;
  onClose: (reviewed: boolean) => void;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const checks = Form.useWatch('checks', form) ?? [];
  const [cited, setCited] = useState<string | null>(null);
  const { data } = useQuery(ReportDetailQuery, { variables: { id: report?.id ?? '' }, skip: !report });
  const [review] = useMutation(ReviewReportMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['ReviewQueue', 'ItemDetail', 'ItemAssignments', 'ItemEvents', 'AssignmentDetail'],
  });
  const close = (reviewed: boolean) => {
    setCited(null);
    onClose(reviewed);
  };
  const detail = data?.report;
  const citations = detail?.citations ?? [];
  const targetUnit = detail?.item?.targetUnit ?? '';

  const run = async (decision: 'ACCEPT' | 'RETURN') => {
    if (!report) return;
    const values = form.getFieldsValue();
    const comment = values.comment?.trim() || null;
    if (decision === 'RETURN' && !comment) {
      form.setFields([{ name: 'comment', errors: [t('common.reasonRequired')] }]);
      return;
    }
    const checklist = Object.fromEntries(
      CHECKS.map((c) => [c, (values.checks ?? []).includes(c)]),
    ) as unknown as ReviewChecklistInput;
    setBusy(true);
    try {
      await review({
        variables: { reportId: report.id, decision, checklist, comment, fileIds: values.fileIds ?? [] },
      });
      void message.success(t(decision === 'ACCEPT' ? 'review.accepted' : 'review.returned'));
      form.resetFields();
      close(true);
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  const allTicked = CHECKS.every((c) => checks.includes(c));
  // 退回重办 and 审核通过 are both the review the API offers (or not) on the report.
  const canReview = !!report?.allowedActions.includes(ReportOperation.REVIEW);
  return (
    <Modal
      open={!!report}
      title={t('review.title')}
      width={citations.length ? 760 : 640}
      onCancel={() => close(false)}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
          {canReview && (
            <>
              <Button danger loading={busy} onClick={() => void run('RETURN')} data-testid="review-return">
                {t('review.return')}
              </Button>
              <Button
                type="primary"
                loading={busy}
                disabled={!allTicked}
                data-testid="review-accept"
                onClick={() =>
                  modal.confirm({
                    title: t('review.accept'),
                    content: t('review.confirmAccept'),
                    okText: t('common.confirm'),
                    cancelText: t('common.cancel'),
                    onOk: () => run('ACCEPT'),
                  })
                }
              >
                {t('review.accept')}
              </Button>
            </>
          )}
        </Flex>
      }
    >
      {report && (
        <Flex vertical gap={12} data-testid="review-modal">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('inbox.item')}>
              {detail?.item ? `${detail.item.regNumber ?? ''} ${detail.item.title}` : '…'}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.unit')}>{detail?.unit?.name ?? '…'}</Descriptions.Item>
            <Descriptions.Item label={t('inbox.reportContent')}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {report.content}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.progress')}>
              {report.progressPercent}%
              {report.achieved != null && (
                <span data-testid="review-achieved" data-value={report.achieved}>
                  {` · ${t('detail.achieved')} ${figure(report.achieved)} ${targetUnit}`}
                </span>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('report.signer')}>
              {detail?.signer ? (
                <SignedBy
                  name={detail.signer.displayName}
                  forName={detail.signedFor?.displayName}
                  time={detail.signedAt}
                />
              ) : report.signedAt ? (
                t('detail.signedAt', { time: formatTime(report.signedAt) })
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('report.hash')}>
              {detail ? <HashMark hash={detail.hash} verified={detail.hashVerified} /> : '…'}
            </Descriptions.Item>
            {report.attachments.length > 0 && (
              <Descriptions.Item label={t('report.attachments')}>
                <AttachmentList attachments={report.attachments} testId="report-attachments" />
              </Descriptions.Item>
            )}
          </Descriptions>
          {citations.length > 0 && (
            <Flex vertical gap={8} data-testid="review-citations">
              <Typography.Text strong>{t('report.citations', { count: citations.length })}</Typography.Text>
              <CitationList citations={citations} targetUnit={targetUnit} onOpen={setCited} />
            </Flex>
          )}
          <Form form={form} layout="vertical" initialValues={{ checks: [] }}>
            <Form.Item name="checks" label={t('review.checklist')}>
              <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
                {CHECKS.map((c) => (
                  <Checkbox key={c} value={c} data-check={c}>
                    {t(`review.${c}`)}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            {!allTicked && (
              <Alert type="info" showIcon title={t('review.needAll')} style={{ marginBottom: 12 }} />
            )}
            <Form.Item name="comment" label={t('review.comment')}>
              <Input.TextArea rows={3} data-testid="review-comment" />
            </Form.Item>
            <Form.Item name="fileIds" label={t('files.evidence')}>
              <EvidenceUpload testId="review-evidence" />
            </Form.Item>
          </Form>
        </Flex>
      )}
      {cited && <ReportDrawer reportId={cited} onClose={() => setCited(null)} />}
    </Modal>
  );
}
