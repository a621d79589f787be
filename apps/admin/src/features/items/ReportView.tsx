import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Descriptions, Drawer, Flex, Result, Space, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import type { CitationFieldsFragment } from '../../gql/graphql';
import { formatTime } from '../../shared/domain/labels';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { AttachmentList } from '../../shared/files/AttachmentList';
import { useT } from '../../shared/i18n/locale';
import { ReportPrintButtons } from '../documents/PrintButtons';
import { ReportDetailQuery } from './report-queries';
import { ReportInstructions } from './ReportInstructions';

/** A figure as the offices write it: no trailing zeros (60, 12.5). */
export const figure = (v: number) => String(Number(v.toFixed(4)));

/** A SHA-256 hex digest, shortened for reading: first 8 and last 4 characters. */
export const shortHash = (hash: string) => `${hash.slice(0, 8)}…${hash.slice(-4)}`;

/**
 * A report's hash, shortened (the whole digest on hover, copyable), with whether the stored report still hashes
 * to it: ✓ 校验一致, or a warning that it was changed after signing. `verified` null: not known (not signed).
 */
export function HashMark({ hash, verified }: { hash?: string | null; verified?: boolean | null }) {
  const t = useT();
  if (!hash) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={6} wrap data-testid="hash-mark" data-verified={verified == null ? '' : String(verified)}>
      <Tooltip title={hash}>
        <Typography.Text code copyable={{ text: hash }} style={{ fontSize: 12 }}>
          {shortHash(hash)}
        </Typography.Text>
      </Tooltip>
      {verified === true && (
        <Typography.Text type="success" style={{ fontSize: 12 }}>
          <CheckCircleFilled /> {t('report.hashOk')}
        </Typography.Text>
      )}
      {verified === false && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          <WarningFilled /> {t('report.hashBad')}
        </Typography.Text>
      )}
    </Space>
  );
}

/**
 * Who signed a report and when. 代签 (an acting signer the head named, 委托签字) is marked with the head signed for.
 */
export function SignedBy({
  name,
  forName,
  time,
}: {
  name: string;
  forName?: string | null;
  time?: string | null;
}) {
  const t = useT();
  return (
    <span data-testid="signed-by">
      {name}
      {forName && (
        <Tag color="orange" style={{ marginInline: 4 }} data-testid="proxy-signed">
          {t('report.proxyFor', { name: forName })}
        </Tag>
      )}{' '}
      <span style={{ whiteSpace: 'nowrap' }}>{t('report.signedOn', { time: formatTime(time) })}</span>
    </span>
  );
}

/** A citation is sound when the cited report still hashes to what it was cited with. */
const citationVerified = (c: CitationFieldsFragment): boolean | null =>
  c.report ? c.report.hashVerified === true && c.report.hash === c.hash : null;

/**
 * The sub-unit reports a composed report cites (最多报一次), read-only: unit, result, signer and signing time,
 * hash with its check, the first line, and a button that opens the cited report.
 */
export function CitationList({
  citations,
  targetUnit,
  onOpen,
}: {
  citations: readonly CitationFieldsFragment[];
  targetUnit?: string | null;
  onOpen: (reportId: string) => void;
}) {
  const t = useT();
  return (
    <Flex vertical data-testid="citations" style={{ border: '1px solid #f0f0f0', borderRadius: 8 }}>
      {citations.map((c, i) => (
        <Flex
          key={c.citedReportId}
          gap={8}
          align="start"
          justify="space-between"
          wrap
          data-testid="citation"
          data-unit={c.unitName}
          data-report-id={c.citedReportId}
          style={{ padding: '8px 12px', borderTop: i ? '1px solid #f0f0f0' : undefined }}
        >
          <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Space size={[8, 0]} wrap>
              <Typography.Text strong>
                {c.position}. {c.unitName}
              </Typography.Text>
              {c.kind === 'CO_UNIT' && <Tag>{t('role.CO')}</Tag>}
              {c.achieved != null && (
                <Tag color="blue" data-testid="citation-achieved" data-value={c.achieved}>
                  {t('report.citedResult', { value: figure(c.achieved), unit: targetUnit ?? '' })}
                </Tag>
              )}
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <SignedBy name={c.signerName} forName={c.signedForName} time={c.signedAt} />
            </Typography.Text>
            <HashMark hash={c.hash} verified={citationVerified(c)} />
            {c.excerpt && (
              <Typography.Text type="secondary" ellipsis={{ tooltip: c.excerpt }} style={{ fontSize: 12 }}>
                {c.excerpt}
              </Typography.Text>
            )}
          </Flex>
          <Button size="small" onClick={() => onOpen(c.citedReportId)} data-testid="citation-open">
            {t('report.open')}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * One report read in full — any report in the caller's subtree, e.g. a sub-unit's report a composed report
 * cites. What it cites opens the same way, one drawer over the other, down the chain.
 */
export function ReportDrawer({ reportId, onClose }: { reportId: string | null; onClose: () => void }) {
  const t = useT();
  const [cited, setCited] = useState<string | null>(null);
  const { data, loading } = useQuery(ReportDetailQuery, {
    variables: { id: reportId ?? '' },
    skip: !reportId,
  });
  const r = data?.report;
  const unit = r?.item?.targetUnit ?? '';
  return (
    <Drawer
      open={!!reportId}
      onClose={onClose}
      size={520}
      title={r ? `${t('report.detail')} · ${r.unit?.name ?? ''}` : t('report.detail')}
      data-testid="report-drawer"
      destroyOnHidden
    >
      {loading && !r && <PageSpinner />}
      {!loading && !r && <Result status="404" title={t('report.notVisible')} />}
      {r && (
        <Flex vertical gap={12} data-report-id={r.id}>
          <Flex justify="flex-end">
            <ReportPrintButtons reportId={r.id} />
          </Flex>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('inbox.item')}>
              {r.item ? `${r.item.regNumber ?? ''} ${r.item.title}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              <Tag data-status={r.status}>{t(`reportStatus.${r.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('inbox.reportContent')}>
              <Typography.Paragraph
                style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                data-testid="report-content"
              >
                {r.content}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.progress')}>
              {r.progressPercent}%
              {r.achieved != null && (
                <span data-testid="report-achieved" data-value={r.achieved}>
                  {' · '}
                  {t('report.citedResult', { value: figure(r.achieved), unit })}
                </span>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('report.submittedAt')}>{formatTime(r.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('report.signer')}>
              {r.signer ? (
                <SignedBy name={r.signer.displayName} forName={r.signedFor?.displayName} time={r.signedAt} />
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('report.hash')}>
              <HashMark hash={r.hash} verified={r.hashVerified} />
            </Descriptions.Item>
            {r.attachments.length > 0 && (
              <Descriptions.Item label={t('report.attachments')}>
                <AttachmentList attachments={r.attachments} testId="report-attachments" />
              </Descriptions.Item>
            )}
            {r.reviewComment && (
              <Descriptions.Item label={t('detail.reviewComment')}>{r.reviewComment}</Descriptions.Item>
            )}
            {r.reviewAttachments.length > 0 && (
              <Descriptions.Item label={t('files.reviewAttachments')}>
                <AttachmentList attachments={r.reviewAttachments} testId="review-attachments" />
              </Descriptions.Item>
            )}
          </Descriptions>
          <ReportInstructions report={r} />
          {r.citations.length > 0 && (
            <>
              <Typography.Text strong>{t('report.citations', { count: r.citations.length })}</Typography.Text>
              <CitationList citations={r.citations} targetUnit={r.item?.targetUnit} onOpen={setCited} />
            </>
          )}
        </Flex>
      )}
      {cited && <ReportDrawer reportId={cited} onClose={() => setCited(null)} />}
    </Drawer>
  );
}
