import { useQuery } from '@apollo/client/react';
import { Flex, Popover, Tag, Tooltip, Typography } from 'antd';
import { SafetyCertificateOutlined, WarningFilled } from '@ant-design/icons';
import { useT } from '../../shared/i18n/locale';
import { ItemAuditIntegrityQuery } from './item-queries';
import { shortHash } from './ReportView';

/**
 * 记录完整性: the server's verdict on the item's whole hash-chained trail. Only the issuing office and the
 * offices above it may verify (their scope holds the whole trail); for anyone else the API refuses and
 * nothing is shown, so its error is kept inline.
 */
export function useAuditIntegrity(itemId: string) {
  const { data } = useQuery(ItemAuditIntegrityQuery, {
    variables: { itemId },
    fetchPolicy: 'cache-and-network',
    context: { inlineErrors: true },
  });
  return data?.itemAuditChain ?? null;
}

export function AuditIntegrity({ verdict }: { verdict: ReturnType<typeof useAuditIntegrity> }) {
  const t = useT();
  if (!verdict) return null;
  const label = `${t('audit.integrity')}：`;
  return verdict.verified ? (
    <Tooltip title={t('audit.verifiedHint', { chains: verdict.chains })}>
      <Tag
        color="success"
        icon={<SafetyCertificateOutlined />}
        data-testid="audit-integrity"
        data-verified="true"
      >
        {label}
        {t('audit.verified')}
      </Tag>
    </Tooltip>
  ) : (
    <Tooltip title={t('audit.brokenHint')}>
      <Tag color="error" icon={<WarningFilled />} data-testid="audit-integrity" data-verified="false">
        {label}
        {t('audit.brokenAt', { n: verdict.brokenAt?.position ?? '?' })}
      </Tag>
    </Tooltip>
  );
}

/** An event's hash, shortened; the popover shows it and the previous hash in full, copyable. */
export function EventHash({ hash, prevHash }: { hash: string; prevHash?: string | null }) {
  const t = useT();
  const full = (label: string, value: string | null | undefined) => (
    <Flex vertical>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {value ? (
        <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
          {value}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('audit.chainStart')}</Typography.Text>
      )}
    </Flex>
  );
  return (
    <Popover
      trigger={['hover', 'click']}
      content={
        <Flex vertical gap={6} style={{ maxWidth: 420 }}>
          {full(t('audit.hash'), hash)}
          {full(t('audit.prevHash'), prevHash)}
        </Flex>
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12, cursor: 'pointer' }} data-testid="event-hash">
        {t('audit.hash')} {shortHash(hash)}
      </Typography.Text>
    </Popover>
  );
}
