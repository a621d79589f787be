import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Result, Space, Tabs, Tag, Typography } from 'antd';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { ItemStatusTag } from '../../shared/domain/labels';
import { RollupSummary, type RollupStat } from '../../shared/domain/RollupSummary';
import { ASSIGNMENT_STATUS_LABELS, ITEM_STATUS_LABELS, ReportOperation } from '../../shared/domain/rules';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { useT } from '../../shared/i18n/locale';
import { useIsPhone } from '../../shared/ui/RowCard';
import { ItemBulletins } from '../assessment/ItemBulletins';
import { PrintButtons } from '../documents/PrintButtons';
import { AssignmentDrawer } from './AssignmentDrawer';
import { AuditTimeline } from './AuditTimeline';
import { ChainTree } from './ChainTree';
import { ItemActions } from './ItemActions';
import { ItemFacts } from './ItemFacts';
import { ItemInstructions } from './LeaderInstructions';
import { MilestonePlanCard } from '../milestones/MilestonePlanCard';
import { ItemDetailQuery } from './item-queries';
import { ReviewQueueQuery } from './assignment-queries';
import { ReviewModal } from './ReviewModal';

/** The item's roll-up over all its assignments. */
const ITEM_STATS: readonly RollupStat[] = [
  ['total', 'detail.total'],
  ['done', 'detail.done'],
  ['underReview', ASSIGNMENT_STATUS_LABELS.UNDER_REVIEW],
  ['overdue', 'detail.overdue'],
  ['completionRate', 'detail.completionRate'],
  ['onTimeRate', 'detail.onTimeRate'],
];

/**
 * Item detail: the registration form's facts, the chain of assignments (办理链条) with lights and reports, the
 * audit trail, and the actions the API offers. A link of the chain opens in the assignment drawer.
 */
export default function ItemDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const phone = useIsPhone();
  const [drawer, setDrawer] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<ReportFieldsFragment | null>(null);
  const { data, loading, error } = useQuery(ItemDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const { data: queue } = useQuery(ReviewQueueQuery, { fetchPolicy: 'cache-and-network' });

  const item = data?.supervisionItem;
  if (!item) {
    if (loading) return <PageSpinner />;
    return <Result status="404" title={error ? describeError(error) : t('detail.notFound')} />;
  }
  // Reports of this item the API offers the caller to review.
  const toReview = (queue?.reportQueue ?? []).filter(
    (rep) => rep.itemId === item.id && rep.allowedActions.includes(ReportOperation.REVIEW),
  );

  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={
          <Space wrap>
            <Typography.Text strong data-testid="item-reg-number">
              {item.regNumber ?? t(ITEM_STATUS_LABELS.DRAFT)}
            </Typography.Text>
            {/* The card head cuts a long title short: hovering shows all of it. */}
            <Typography.Text title={item.title}>{item.title}</Typography.Text>
            <ItemStatusTag status={item.status} />
            {item.isKey && <Tag color="red">{t('flag.key')}</Tag>}
          </Space>
        }
        // On a phone the actions take their own line, so the head keeps its width for the title.
        extra={
          phone ? undefined : (
            <Space wrap>
              <ItemActions item={item} />
              <PrintButtons subjectId={item.id} kinds={item.printableDocuments} />
            </Space>
          )
        }
      >
        {phone && (
          <Flex justify="flex-end" wrap gap={8} style={{ marginBottom: 8 }}>
            <ItemActions item={item} />
            <PrintButtons subjectId={item.id} kinds={item.printableDocuments} />
          </Flex>
        )}
        <ItemFacts item={item} onOpen={setDrawer} />
      </Card>

      <ItemInstructions itemId={item.id} />

      <MilestonePlanCard itemId={item.id} />

      <Card size="small" title={t('detail.rollup')}>
        <RollupSummary rollup={item.rollup} stats={ITEM_STATS} gutter={16} testId="item-rollup" />
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
              label: `${t('chain.title')} (${item.rollup.total})`,
              children: <ChainTree item={item} onOpen={setDrawer} />,
            },
            { key: 'timeline', label: t('detail.timeline'), children: <AuditTimeline itemId={item.id} /> },
            {
              key: 'bulletins',
              label: t('bulletin.pageTitle'),
              children: <ItemBulletins item={item} />,
            },
          ]}
        />
      </Card>

      <AssignmentDrawer id={drawer} onClose={() => setDrawer(null)} onReview={setReviewing} />
      <ReviewModal report={reviewing} onClose={() => setReviewing(null)} />
    </Flex>
  );
}
