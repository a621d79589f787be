import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import type { ItemDetailQuery as ItemDetailResult } from '../../gql/graphql';
import { formatDate, formatTime, tierLabel } from '../../shared/domain/labels';
import { ASSIGNMENT_STATUS_LABELS, ROLLUP_POLICY_LABELS } from '../../shared/domain/rules';
import { AttachmentList } from '../../shared/files/AttachmentList';
import { useT } from '../../shared/i18n/locale';

type Item = NonNullable<ItemDetailResult['supervisionItem']>;

/** Four columns on a desktop, fewer as the window narrows, one on a phone. */
const COLUMNS = { xs: 1, sm: 2, md: 3, lg: 4 };

/** The registration form's facts, and the caller's own share of the item (我的任务), which opens it. */
export function ItemFacts({ item, onOpen }: { item: Item; onOpen: (assignmentId: string) => void }) {
  const t = useT();
  return (
    <Descriptions size="small" column={COLUMNS} data-testid="item-facts">
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
          <Space size={4} wrap data-testid="my-share" data-assignment-id={mine.id}>
            {mine.target != null && (
              <span>{t('share.mineTarget', { target: mine.target, unit: item.targetUnit ?? '' })}</span>
            )}
            <Tag>{t(ASSIGNMENT_STATUS_LABELS[mine.status])}</Tag>
            <Button size="small" type="link" onClick={() => onOpen(mine.id)}>
              {t('share.open')}
            </Button>
          </Space>
        </Descriptions.Item>
      ))}
      {item.instruction && (
        <Descriptions.Item label={t('item.instruction')} span={COLUMNS}>
          <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap' }}>
            {item.instruction}
          </Typography.Text>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('item.content')} span={COLUMNS}>
        <Typography.Paragraph
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          ellipsis={{ rows: 3, expandable: true }}
        >
          {item.content}
        </Typography.Paragraph>
      </Descriptions.Item>
      {item.requirements && (
        <Descriptions.Item label={t('item.requirements')} span={COLUMNS}>
          {item.requirements}
        </Descriptions.Item>
      )}
      {item.attachments.length > 0 && (
        <Descriptions.Item label={t('report.attachments')} span={COLUMNS}>
          <AttachmentList attachments={item.attachments} testId="item-attachments" />
        </Descriptions.Item>
      )}
      {item.feedback && (
        <Descriptions.Item label={t('item.feedback')} span={COLUMNS}>
          {item.feedback}
        </Descriptions.Item>
      )}
      {item.reopenCount > 0 && (
        <Descriptions.Item label={t('item.reopened')} span={COLUMNS}>
          <Typography.Text type="warning" data-testid="item-reopened">
            {t('item.reopenedText', {
              count: item.reopenCount,
              time: formatTime(item.reopenedAt),
              reason: item.reopenReason ?? '',
            })}
          </Typography.Text>
        </Descriptions.Item>
      )}
      {item.withdrawnReason && (
        <Descriptions.Item label={t('item.withdrawnReason')} span={COLUMNS}>
          {item.withdrawnReason}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
